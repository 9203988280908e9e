using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>What is typed into a rep's own actuals grid (members tab) and not saved is in the user's server draft, as the Actuals tab's typed cells are: another rep, a reload, and 保存 keep it.</summary>
[Collection(BrowserTests.Name)]
public sealed class MemberDraftTests(BrowserFixture browser)
{
    static async Task<ILocator> OpenRepAsync(IPage page, string rep)
    {
        await page.Locator($"[data-testid=member-{rep}]").ClickAsync();
        var detail = page.Locator("[data-testid=member-detail]");
        await Expect(detail.Locator("[data-testid=member-name]")).ToHaveTextAsync($"rep: {rep}");
        return detail.Locator("[data-testid=member-actuals]");
    }

    [Fact]
    public async Task RepsTypedActuals_SurviveAnotherRepAndAReload_AndSaveAsHis()
    {
        using var created = await browser.Api.PostAsJsonAsync("/api/plans", new { yaml = TwoRepsPlan.Yaml });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var page = await browser.NewPageAsync(1440, 900);
        await page.GotoAsync($"/plans/{id}?tab=members");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "メンバー" })).ToHaveAttributeAsync("aria-selected", "true");

        var grid = await OpenRepAsync(page, "田中");
        await grid.Locator("[data-testid=cell-rep_deals-Q1]").FillAsync("20");
        await grid.Locator("[data-testid=cell-rep_orders-Q1]").FillAsync("8"); // not saved, not even left with Tab
        await Expect(page.Locator("[data-unsaved]")).ToHaveAttributeAsync("data-unsaved", "yes");

        // Another rep and back: 田中's cells are still typed (the page keeps them, not his grid).
        grid = await OpenRepAsync(page, "佐藤");
        await Expect(grid.Locator("[data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("");
        grid = await OpenRepAsync(page, "田中");
        await Expect(grid.Locator("[data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("20");
        await DraftTests.WaitForDraftKeptAsync(page);

        await DraftTests.ReloadAsync(page);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("入力途中の値が 2 個");
        grid = await OpenRepAsync(page, "田中");
        await Expect(grid.Locator("[data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("20");
        await Expect(grid.Locator("[data-testid=cell-rep_orders-Q1]")).ToHaveValueAsync("8");
        // The Actuals tab's grid has none of them: they are 田中's, not the team's.
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=save-actuals]")).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "メンバー" }).ClickAsync();
        grid = await OpenRepAsync(page, "田中");

        await grid.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(grid.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("2 個の実績を保存しました");
        var rows = await browser.Api.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Equal([new ActualRow("Q1", "rep_deals", 20, "田中"), new ActualRow("Q1", "rep_orders", 8, "田中")], rows);

        // Saved: nothing typed is left, so nothing comes back after another reload.
        await Expect(page.Locator("[data-unsaved]")).ToHaveAttributeAsync("data-unsaved", "no");
        await DraftTests.WaitForDraftKeptAsync(page);
        await DraftTests.ReloadAsync(page);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
        grid = await OpenRepAsync(page, "田中");
        await Expect(grid.Locator("[data-testid=cell-rep_deals-Q1]")).ToHaveValueAsync("20件");
    }
}
