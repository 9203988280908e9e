using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>History in the page: compare two versions, restore an earlier one as a new version.</summary>
[Collection(BrowserTests.Name)]
public sealed class HistoryTests(BrowserFixture browser)
{
    [Fact]
    public async Task Restore_VersionOne_BringsBack100Deals()
    {
        var id = await browser.CreatePlanAsync();
        await browser.Api.PatchMetricAsync(id, "win_rate", new { value = "15%" });
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");

        await page.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        var comparison = page.Locator("[data-testid=comparison]");
        await Expect(comparison).ToContainTextAsync("v1 → v2");
        await Expect(comparison).ToContainTextAsync("20%");
        await Expect(comparison).ToContainTextAsync("134件");

        await page.Locator("[data-testid=restore-1]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        await Expect(page.Locator("[data-testid=version-3]")).ToContainTextAsync("v1 を復元");
        await page.GetByRole(AriaRole.Tab, new() { Name = "ツリー" }).ClickAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");
    }
}
