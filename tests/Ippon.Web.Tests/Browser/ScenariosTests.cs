using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Base and stretch (OKR) side by side, following the draft's edits.</summary>
[Collection(BrowserTests.Name)]
public sealed class ScenariosTests(BrowserFixture browser)
{
    [Fact]
    public async Task Scenarios_Stretch_Shows2000LeadsNextToTheBase()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "シナリオ" }).ClickAsync();
        var leads = page.Locator("[data-testid=scn-row-leads] td");
        await Expect(leads.Nth(2)).ToHaveTextAsync("1,000件");   // base plan
        await Expect(leads.Nth(4)).ToHaveTextAsync("2,000件");   // stretch plan
        await Expect(page.Locator("[data-testid=scn-row-revenue] td").Nth(4)).ToHaveTextAsync("1億4,000万円");
    }

    [Fact]
    public async Task Scenarios_RemoveTheStretchAndAddAnother_InThePage()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "シナリオ" }).ClickAsync();

        // Edit the stretch: 3,000 leads.
        await page.Locator("[data-testid=scenario-edit]", new() { HasText = "stretch" }).ClickAsync();
        await Expect(page.Locator("[data-testid=scenario-value-0]")).ToHaveValueAsync("2000");
        await page.Locator("[data-testid=scenario-value-0]").FillAsync("3000");
        await page.Locator("[data-testid=scenario-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=scn-row-leads] td").Nth(4)).ToHaveTextAsync("3,000件");

        // Remove it, then add an OKR stretch on the leads' target.
        await page.Locator("[data-testid=scenario-edit]", new() { HasText = "stretch" }).ClickAsync();
        await page.Locator("[data-testid=scenario-remove]").ClickAsync();
        await Expect(page.Locator("[data-testid=scenario-stretch]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=scenario-add]").ClickAsync();
        await Expect(page.Locator("[data-testid=scenario-name]")).ToHaveValueAsync("ストレッチ");
        await page.Locator("[data-testid=scenario-target-0]").FillAsync("2,000");
        await page.Locator("[data-testid=scenario-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=scenario-ストレッチ]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "シナリオ" }).ClickAsync();
        await Expect(page.Locator("[data-testid=scenario-ストレッチ]")).ToBeVisibleAsync();
    }
}
