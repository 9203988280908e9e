using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>An open actuals grid and a colleague's saved actuals: they appear within a second, and what this user typed and has not saved stays.</summary>
[Collection(BrowserTests.Name)]
public sealed class LiveActualsTests(BrowserFixture browser)
{
    [Fact]
    public async Task ColleagueSavesActuals_MyOpenGridShowsThemWithinASecond_AndKeepsWhatITyped()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsAsync("planner");
        await page.GotoAsync($"/plans/{id}?tab=actuals");
        var mine = page.Locator("[data-testid=cell-deals-Q1]");
        await mine.FillAsync("30"); // typed, not saved
        await Expect(page.Locator("[data-testid=save-actuals]")).ToBeEnabledAsync();

        // A colleague (the admin, through the API) saves Q1's leads.
        using (var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new { rows = new[] { new { period = "Q1", metric = "leads", value = 200 } } }))
            saved.EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).ToHaveValueAsync("200件", new() { Timeout = 1_000 }); // as the grid writes a count
        var seenAfter = clock.Elapsed;
        await Expect(mine).ToHaveValueAsync("30");
        await Expect(page.Locator("[data-testid=actuals-live]")).ToContainTextAsync("さんが実績を保存しました"); // the API token's name
        await Expect(page.Locator("[data-testid=actuals-live]")).ToContainTextAsync("あなたの未保存の入力はそのままです");
        Assert.True(seenAfter < TimeSpan.FromSeconds(1), $"seen after {seenAfter.TotalMilliseconds:0} ms");

        // My save then stores mine beside theirs.
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("1 個の実績を保存しました");
        var rows = (await browser.Api.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/actuals")).EnumerateArray()
            .ToDictionary(r => (r.GetProperty("period").GetString(), r.GetProperty("metric").GetString()), r => r.GetProperty("value").GetDecimal());
        Assert.Equal(200m, rows[("Q1", "leads")]);
        Assert.Equal(30m, rows[("Q1", "deals")]);
    }
}
