using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>A rep's own actuals, entered in the members tab with the Actuals tab's grid: stored with the rep, kept over a reload, and reviewed as <c>ippon review --member</c> reviews them.</summary>
[Collection(BrowserTests.Name)]
public sealed class MemberActualsTests(BrowserFixture browser)
{
    async Task<Guid> CreateAsync(string yaml)
    {
        using var response = await browser.Api.PostAsJsonAsync("/api/plans", new { yaml });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    static async Task<ILocator> OpenRepAsync(IPage page, Guid id, string rep)
    {
        await page.GotoAsync($"/plans/{id}?tab=members");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "メンバー" })).ToHaveAttributeAsync("aria-selected", "true");
        await page.Locator($"[data-testid=member-{rep}]").ClickAsync();
        var detail = page.Locator("[data-testid=member-detail]");
        await Expect(detail.Locator("[data-testid=member-name]")).ToHaveTextAsync($"rep: {rep}");
        return detail;
    }

    [Fact]
    public async Task MembersTab_TanakasQ1TypedAndSaved_AreHisAfterAReloadAndHisReviewIsTheCommands()
    {
        var id = await CreateAsync(TwoRepsPlan.Yaml);
        var page = await browser.NewPageAsync(1440, 900);
        var detail = await OpenRepAsync(page, id, "田中");
        var grid = detail.Locator("[data-testid=member-actuals]");
        await Expect(grid).ToContainTextAsync("田中 さんの実績");
        // His own metrics only: the team's total (orders) is not his to enter.
        await Expect(grid.Locator("[data-testid=row-orders]")).ToHaveCountAsync(0);
        await Expect(detail.Locator("[data-testid=member-no-actuals]")).ToBeVisibleAsync();

        foreach (var (metric, value) in new[] { ("rep_deals", "20"), ("rep_orders", "8") })
        {
            var cell = grid.Locator($"[data-testid=cell-{metric}-Q1]");
            await cell.FillAsync(value);
            await cell.PressAsync("Tab");
        }
        await grid.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(grid.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("2 個の実績を保存しました");
        // The review redraws from his own actuals at once.
        await Expect(detail.Locator("[data-testid=member-review-rep_orders] td").Nth(2)).ToHaveTextAsync("8件");

        var rows = await browser.Api.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Equal([new ActualRow("Q1", "rep_deals", 20, "田中"), new ActualRow("Q1", "rep_orders", 8, "田中")], rows);

        await page.ReloadAsync();
        detail = await OpenRepAsync(page, id, "田中");
        grid = detail.Locator("[data-testid=member-actuals]");
        await Expect(grid.Locator("[data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("20件");
        await Expect(grid.Locator("[data-testid=cell-rep_orders-Q1]")).ToHaveValueAsync("8件");

        // The numbers `ippon review --member 田中` gives for the same rows, written as the page writes them.
        var cli = MembersTests.ReviewCli(TwoRepsPlan.Yaml, "period,metric,member,value\nQ1,rep_deals,田中,20\nQ1,rep_orders,田中,8\n", "田中");
        foreach (var metric in new[] { "rep_orders", "rep_deals" })
        {
            var row = detail.Locator($"[data-testid=member-review-{metric}] td");
            await Expect(row.Nth(1)).ToHaveTextAsync(cli[metric].PlannedToDate);
            await Expect(row.Nth(2)).ToHaveTextAsync(cli[metric].ActualToDate);
            await Expect(row.Nth(4)).ToHaveTextAsync(cli[metric].Forecast);
            await Expect(row.Nth(5)).ToHaveTextAsync(cli[metric].Replanned);
        }
        // His own 8 orders, not the team's.
        Assert.Equal("8件", cli["rep_orders"].ActualToDate);
        await Screenshots.SaveAsync(page, "member-actuals-1440", wholePage: true);

        // 佐藤 has none of 田中's actuals.
        await page.Locator("[data-testid=member-佐藤]").ClickAsync();
        await Expect(detail.Locator("[data-testid=member-name]")).ToHaveTextAsync("rep: 佐藤");
        await Expect(detail.Locator("[data-testid=member-actuals] [data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("");
        await Expect(detail.Locator("[data-testid=member-no-actuals]")).ToBeVisibleAsync();

        var phone = await browser.NewPageAsync(390, 844);
        var onPhone = await OpenRepAsync(phone, id, "田中");
        await Expect(onPhone.Locator("[data-testid=member-actuals] [data-testid=cell-rep_orders-Q1]")).ToHaveValueAsync("8件");
        var overflow = await phone.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        // The rep's detail (line, own actuals, review) as the phone shows it, below the members table.
        await Screenshots.SaveAsync(phone, "member-actuals-390", element: onPhone);
    }

    [Fact]
    public async Task ColleagueSavesTanakasActuals_HisOpenGridAndReviewShowThem_AndKeepWhatITyped()
    {
        var id = await CreateAsync(TwoRepsPlan.Yaml);
        var page = await browser.NewPageAsAsync("planner");
        var detail = await OpenRepAsync(page, id, "田中");
        var grid = detail.Locator("[data-testid=member-actuals]");
        var mine = grid.Locator("[data-testid=cell-rep_orders-Q1]");
        await mine.FillAsync("8"); // typed, not saved
        await Expect(grid.Locator("[data-testid=save-actuals]")).ToBeEnabledAsync();

        // A colleague (the admin, through the API) saves 田中's Q1 deals, and 佐藤's.
        var rows = new object[] { new { period = "Q1", metric = "rep_deals", member = "田中", value = 20 }, new { period = "Q1", metric = "rep_deals", member = "佐藤", value = 99 } };
        using (var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new { rows }))
            saved.EnsureSuccessStatusCode();
        await Expect(grid.Locator("[data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("20件"); // his, not 佐藤's 99
        await Expect(detail.Locator("[data-testid=member-review-rep_deals] td").Nth(2)).ToHaveTextAsync("20件");
        await Expect(grid.Locator("[data-testid=actuals-live]")).ToContainTextAsync("あなたの未保存の入力はそのままです");
        await Expect(mine).ToHaveValueAsync("8");
    }
}
