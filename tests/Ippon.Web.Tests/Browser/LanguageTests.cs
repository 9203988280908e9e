using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Japanese by default, English on a click, and back; money follows the language (1億円 / 100,000,000 JPY).</summary>
[Collection(BrowserTests.Name)]
public sealed class LanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Switch_ToEnglishAndBack_ChangesTextsAndMoney()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "ツリー" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=node-revenue]")).ToContainTextAsync("目標 1億円");
        await Expect(page.Locator("[data-testid=node-new_revenue]")).ToContainTextAsync("4,000万円");

        await page.Locator("[data-testid=lang-en]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Tree" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=node-revenue]")).ToContainTextAsync("Target 100,000,000 JPY");
        await Expect(page.Locator("[data-testid=node-new_revenue]")).ToContainTextAsync("40,000,000 JPY");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.Locator("[data-testid=lang-ja]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "ツリー" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=node-revenue]")).ToContainTextAsync("目標 1億円");
    }

    [Fact]
    public async Task Default_EnglishBrowser_IsStillJapaneseUntilSwitched()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(locale: "en-US");
        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "ツリー" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
    }
}
