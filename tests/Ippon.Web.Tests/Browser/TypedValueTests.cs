using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// A value being typed is never lost: 保存 saves the value still in the focused field (read from the field itself, not
/// from a timing window after the field lost the focus), and the 表示 menu, which reloads the page, writes the draft first.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TypedValueTests(BrowserFixture browser)
{
    const string FocusedField = "() => document.activeElement?.dataset?.testid ?? ''";

    [Fact]
    public async Task Save_TakesTheValueStillInTheFocusedField_AndTheFieldKeepsTheFocus()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        var field = page.Locator("[data-testid=field-value]");

        await field.FillAsync("15%"); // no Enter, no leaving the field
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        Assert.Equal(0.15m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        // The press on 保存 did not take the focus: the value was read from the field, not applied by its blur.
        Assert.Equal("field-value", await page.EvaluateAsync<string>(FocusedField));

        // Typing on in the same field and saving again, long after any pause: that value is saved too.
        await field.FillAsync("25%");
        await page.WaitForTimeoutAsync(2_000); // longer than the 1.5 s window the save used to rely on
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        Assert.Equal(0.25m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 80件");
    }

    [Fact]
    public async Task Save_OfARefusedValueInTheFocusedField_SavesNothingAndSaysWhy()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();

        await page.Locator("[data-testid=field-value]").FillAsync("150%"); // a rate above 100% is refused
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=node-editor]")).ToContainTextAsync("100%");
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v1");
        Assert.Equal(0.2m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);
    }

    [Theory]
    [InlineData(1440)]
    [InlineData(390)]
    public async Task DisplayMenu_WritesTheDraftBeforeItReloads_TheTypedValuesAreStillThere(int width)
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(width, width > 700 ? 900 : 844);
        await page.GotoAsync($"/plans/{id}?tab=actuals");
        var cell = page.Locator("[data-testid=cell-leads-Q1]");
        await cell.FillAsync("200"); // typed, not stored: kept in the draft only
        await page.Locator("[data-testid=display-menu]").ClickAsync();
        await page.Locator("[data-testid=display-pct1]").ClickAsync(); // immediately: no autosave pause waited for

        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("保存していない下書きを復元しました");
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).ToHaveValueAsync("200");
        await Screenshots.SaveAsync(page, width > 700 ? "display-keeps-draft" : "display-keeps-draft-mobile");
        // The setting itself took: percentages with one decimal (69.4% for the calls' load of 69.44%).
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=load-calls]")).ToHaveTextAsync("69.4%");
    }
}
