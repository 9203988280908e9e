using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// Live updates on one instance (SQLite, the in-process bus): a colleague's save shows on the other open pages of the
/// plan within a second, a draft is never overwritten (kept on top, or the merge view when it overlaps), and each
/// page shows who else has the plan open.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LiveTests(BrowserFixture browser)
{
    /// <summary>The promise: a colleague's save is on screen within a second.</summary>
    static readonly LocatorAssertionsToHaveTextOptions s_withinASecond = new() { Timeout = 1_000 };

    [Fact]
    public async Task ColleagueSavesInTheirPage_TheOtherOpenPageShowsItWithinASecond()
    {
        var id = await browser.CreatePlanAsync();
        var mine = await browser.NewPageAsync();
        var theirs = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(mine, id);
        await PlanPageSteps.OpenAsync(theirs, id);

        await PlanPageSteps.EditAsync(theirs, "win_rate", "value", "15%");
        await Expect(theirs.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        await theirs.Locator("[data-testid=save]").ClickAsync();
        await Expect(theirs.Locator("[data-testid=version]")).ToHaveTextAsync("v2");

        await Expect(mine.Locator("[data-testid=version]")).ToHaveTextAsync("v2", s_withinASecond);
        await Expect(mine.Locator("[data-testid=live-saved]")).ToContainTextAsync("v2 を保存しました");
        await Expect(mine.Locator("[data-testid=dirty]")).ToHaveCountAsync(0);
        await mine.Locator("[data-testid=node-win_rate]").ClickAsync();
        await Expect(mine.Locator("[data-testid=field-value]")).ToHaveValueAsync("15%");
    }

    [Fact]
    public async Task ColleagueChangesTheValueOfMyDraft_MyPageOpensTheMergeViewAndKeepsMyDraft()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "win_rate", "value", "15%");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();

        await browser.ColleagueSavesAsync(id, "win_rate", new { value = "25%" });

        var conflict = page.Locator("[data-testid=merge-conflict]");
        await Expect(conflict.Locator("[data-testid=merge-mine]")).ToContainTextAsync("value: 20% → 15%");
        await Expect(conflict.Locator("[data-testid=merge-theirs]")).ToContainTextAsync("value: 20% → 25%");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v1");
        await page.Locator("[data-testid=keep-mine-win_rate]").ClickAsync();
        await page.Locator("[data-testid=merge-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        Assert.Equal(0.15m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value!.Value);
    }

    [Fact]
    public async Task ColleagueChangesSomethingElse_MyDraftStaysOnTopOfTheirVersionAndBothAreSaved()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "win_rate", "value", "15%");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();

        await browser.ColleagueSavesAsync(id, "leads", new { owner = "インサイドセールス" });

        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await Expect(page.Locator("[data-testid=live-saved]")).ToContainTextAsync("未保存の変更はその上に残しています");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        var saved = await browser.SavedPlanAsync(id);
        Assert.Equal((0.15m, "インサイドセールス"), (saved.Find("win_rate")!.Value!.Value, saved.Find("leads")!.Owner));
    }

    [Fact]
    public async Task ColleagueOpensThePlan_MyPageShowsThemUntilTheyLeave()
    {
        var id = await browser.CreatePlanAsync();
        var mine = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(mine, id);
        await Expect(mine.Locator("[data-testid=presence]")).ToHaveCountAsync(0);

        var theirs = await browser.NewPageAsAsync("planner");
        await PlanPageSteps.OpenAsync(theirs, id);

        await Expect(mine.Locator("[data-testid=presence-user]")).ToContainTextAsync("planner-");
        await Expect(theirs.Locator("[data-testid=presence-user]")).ToHaveTextAsync("admin");
        await theirs.GotoAsync("/");
        await Expect(mine.Locator("[data-testid=presence]")).ToHaveCountAsync(0);
        await theirs.Context.CloseAsync();
    }
}
