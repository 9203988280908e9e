using System.Net.Http.Json;
using Ippon.Files.Plans;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Two people editing one plan in the page: edits that do not overlap are combined; overlapping ones show both sides to choose from.</summary>
[Collection(BrowserTests.Name)]
public sealed class MergeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Save_SomeoneElseChangedAnotherValue_BothChangesAreKept()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.OpenPlanAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await page.Locator("[data-testid=field-value]").FillAsync("15%");
        await page.Locator("[data-testid=field-value]").PressAsync("Enter");
        (await browser.Api.PatchAsJsonAsync($"/api/plans/{id}/metrics/leads", new { owner = "インサイドセールス" })).EnsureSuccessStatusCode();
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        var saved = PlanReader.Parse((await browser.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/plans/{id}")).GetProperty("yaml").GetString()!).Plan!;
        Assert.Equal((0.15m, "インサイドセールス"), (saved.Find("win_rate")!.Value!.Value, saved.Find("leads")!.Owner));
    }

    [Fact]
    public async Task Save_SomeoneElseChangedTheSameValue_ShowsBothAndKeepsTheChosenOne()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.OpenPlanAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await page.Locator("[data-testid=field-value]").FillAsync("15%");
        await page.Locator("[data-testid=field-value]").PressAsync("Enter");
        (await browser.Api.PatchAsJsonAsync($"/api/plans/{id}/metrics/win_rate", new { value = "25%" })).EnsureSuccessStatusCode();
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=save-error]")).ToBeVisibleAsync();
        var conflict = page.Locator("[data-testid=merge-conflict]");
        await Expect(conflict.Locator("[data-testid=merge-mine]")).ToContainTextAsync("value: 20% → 15%");
        await Expect(conflict.Locator("[data-testid=merge-theirs]")).ToContainTextAsync("value: 20% → 25%");
        await page.Locator("[data-testid=keep-mine-win_rate]").ClickAsync();
        await page.Locator("[data-testid=merge-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        var saved = PlanReader.Parse((await browser.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/plans/{id}")).GetProperty("yaml").GetString()!).Plan!;
        Assert.Equal(0.15m, saved.Find("win_rate")!.Value!.Value);
    }
}
