using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The review tab's 達成確率: after Q1 (3 orders of 20 deals), the KGI's chance, the leads for 80%, the loads, a fan chart per KPI.</summary>
[Collection(BrowserTests.Name)]
public sealed class ForecastTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1440, "forecast")]
    [InlineData(390, "forecast-mobile")]
    public async Task ReviewTab_AfterQ1_ShowsTheKgisChanceTheLeadsForEightyPercentAndAFanChartPerKpi(int width, string screenshot)
    {
        var id = await browser.CreatePlanAsync();
        using var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new
        {
            rows = new object[]
            {
                new { period = "Q1", metric = "leads", value = 200 }, new { period = "Q1", metric = "deals", value = 20 },
                new { period = "Q1", metric = "orders", value = 3 }, new { period = "Q1", metric = "new_revenue", value = 6_000_000 },
            },
        });
        saved.EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(width, 900);
        await PlanPageSteps.OpenAsync(page, id);

        await page.GetByRole(AriaRole.Tab, new() { Name = "レビュー" }).ClickAsync();

        await Expect(page.Locator("[data-testid=forecast-chance]")).ToContainTextAsync("%", new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-testid=forecast-headline]")).ToContainTextAsync("80% にするには リード数");
        await Expect(page.Locator("[data-testid=forecast-beliefs]")).ToContainTextAsync("3/20 = 15%");
        await Expect(page.Locator("[data-testid=forecast-load-calls]")).ToContainTextAsync("%");
        await Expect(page.Locator("[data-testid=fan-leads]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=fan-revenue]")).ToContainTextAsync("達成確率");
        await page.Locator("[data-testid=forecast]").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, screenshot, page.Locator("[data-testid=forecast]"));
    }
}
