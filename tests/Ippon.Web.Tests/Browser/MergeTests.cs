using Ippon.Testing;
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
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "win_rate", "value", "15%");
        await browser.ColleagueSavesAsync(id, "leads", new { owner = "インサイドセールス" });
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        var saved = await browser.SavedPlanAsync(id);
        Assert.Equal((0.15m, "インサイドセールス"), (saved.Find("win_rate")!.Value!.Value, saved.Find("leads")!.Owner));
    }

    [Fact]
    public async Task Save_SomeoneElseChangedTheSameValue_ShowsBothAndKeepsTheChosenOne()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "win_rate", "value", "15%");
        await browser.ColleagueSavesAsync(id, "win_rate", new { value = "25%" });
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=save-error]")).ToBeVisibleAsync();
        var conflict = page.Locator("[data-testid=merge-conflict]");
        await Expect(conflict.Locator("[data-testid=merge-mine]")).ToContainTextAsync("value: 20% → 15%");
        await Expect(conflict.Locator("[data-testid=merge-theirs]")).ToContainTextAsync("value: 20% → 25%");
        await page.Locator("[data-testid=keep-mine-win_rate]").ClickAsync();
        await page.Locator("[data-testid=merge-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        var saved = await browser.SavedPlanAsync(id);
        Assert.Equal(0.15m, saved.Find("win_rate")!.Value!.Value);
    }
}
