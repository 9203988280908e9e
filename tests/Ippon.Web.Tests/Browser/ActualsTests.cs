using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Actuals typed into the grid per period and stored in one save; the review dashboard shows what they mean.</summary>
[Collection(BrowserTests.Name)]
public sealed class ActualsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Grid_Q1Q2Actuals_ReviewShowsObserved15PercentAnd1340ReplannedLeads()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        foreach (var (metric, value) in new[] { ("leads", "200"), ("deals", "20"), ("orders", "3"), ("new_revenue", "600万円") })
        {
            foreach (var period in new[] { "Q1", "Q2" })
            {
                var cell = page.Locator($"[data-testid=cell-{metric}-{period}]");
                await cell.FillAsync(value);
                await cell.PressAsync("Tab");
            }
        }
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("8 個の実績を保存しました");
        await Expect(page.Locator("[data-testid=cell-new_revenue-Q2]")).ToHaveValueAsync("600万円");

        var rows = await browser.Api.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Equal(8, rows!.Count);
        Assert.Contains(new ActualRow("Q2", "new_revenue", 6_000_000), rows);
        Assert.Equal(400m, rows.Where(r => r.Metric == "leads").Sum(r => r.Value));

        await page.GetByRole(AriaRole.Tab, new() { Name = "レビュー" }).ClickAsync();
        await Expect(page.Locator("[data-testid=observed-win_rate]")).ToHaveTextAsync("15%");
        await Expect(page.Locator("[data-testid=replanned-leads]")).ToHaveTextAsync("1,340件");
        await Expect(page.Locator("[data-testid=replanned-deals]")).ToHaveTextAsync("134件");
        await Expect(page.Locator("[data-testid=landing]")).ToContainTextAsync("9,200万円");
        await Screenshots.SaveAsync(page, "review", wholePage: true);

        // Adopting the re-plan saves the observed rate as a new version: the tree follows.
        await page.Locator("[data-testid=adopt]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await page.GetByRole(AriaRole.Tab, new() { Name = "ツリー" }).ClickAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
    }

    [Fact]
    public async Task Grid_NotANumber_IsRedAndNothingIsStored()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await page.Locator("[data-testid=cell-leads-Q1]").FillAsync("たくさん");
        await page.Locator("[data-testid=cell-leads-Q1]").PressAsync("Tab");
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-error]")).ToContainTextAsync("数値として読めません");
        var rows = await browser.Api.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Empty(rows!);
    }

    [Fact]
    public async Task Paste_BlockFromExcel_FillsTheGridAndSaves()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await page.Locator("[data-testid=paste-open]").ClickAsync();
        // What Excel puts on the clipboard: tab-separated cells, periods across, metrics down.
        await page.Locator("[data-testid=paste-text]").FillAsync("\tQ1\tQ2\nリード数\t180\t220\n商談数\t18\t22\n");
        await page.Locator("[data-testid=paste-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=cell-leads-Q2]")).ToHaveValueAsync("220件");
        await Expect(page.Locator("[data-testid=cell-deals-Q1]")).ToHaveValueAsync("18件");
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("4 個の実績を保存しました");
        var rows = await browser.Api.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Equal(4, rows!.Count);
        Assert.Contains(new ActualRow("Q2", "leads", 220), rows);
    }
}
