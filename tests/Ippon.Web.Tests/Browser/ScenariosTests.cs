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
        await BrowserFixture.OpenPlanAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "シナリオ" }).ClickAsync();
        var leads = page.Locator("[data-testid=scn-row-leads] td");
        await Expect(leads.Nth(2)).ToHaveTextAsync("1,000件");   // base plan
        await Expect(leads.Nth(4)).ToHaveTextAsync("2,000件");   // stretch plan
        await Expect(page.Locator("[data-testid=scn-row-revenue] td").Nth(4)).ToHaveTextAsync("1億4,000万円");
    }
}
