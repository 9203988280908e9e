using Ippon.Testing;
using System.Net.Http.Json;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Never lose work: the draft is kept on the server as it changes and comes back after a reload, with a notice saying so.</summary>
[Collection(BrowserTests.Name)]
public sealed class DraftTests(BrowserFixture browser)
{
    [Fact]
    public async Task Draft_AfterAReload_IsRestoredWithANoticeAndSavesAsTheNextVersion()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await SetWinRateAsync(page, "15%");
        await WaitForDraftKeptAsync(page);

        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("保存していない下書きを復元しました");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await Expect(page.Locator("[data-testid=dirty]")).ToContainTextAsync("未保存の変更 1 件");
        await Screenshots.SaveAsync(page, "draft-restored");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "draft-restored-mobile");
        await page.SetViewportSizeAsync(1440, 900);

        await page.Locator("[data-testid=draft-keep]").ClickAsync();
        await Expect(page.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        Assert.Equal(0.15m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);

        // Saved: nothing is restored any more.
        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await Expect(page.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=dirty]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TypedActuals_SurviveATabSwitchAndAReload()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await page.Locator("[data-testid=cell-leads-Q1]").FillAsync("200");
        await page.Locator("[data-testid=cell-deals-Q2]").FillAsync("2O"); // a typo (letter O) stays, red, as typed
        await page.GetByRole(AriaRole.Tab, new() { Name = "ツリー" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).ToHaveValueAsync("200");
        await Expect(page.Locator("[data-testid=cell-deals-Q2]")).ToHaveValueAsync("2O");
        await Expect(page.Locator("[data-testid=cell-deals-Q2]")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("数値として読めません"));
        await WaitForDraftKeptAsync(page);

        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("入力途中の値が 2 個");
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).ToHaveValueAsync("200");
        await page.Locator("[data-testid=cell-deals-Q2]").FillAsync("20");
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("2 個の実績を保存しました");
        var rows = await browser.Api.GetFromJsonAsync<List<Ippon.Web.Features.Actuals.ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Equal([new("Q1", "leads", 200m), new("Q2", "deals", 20m)], rows!.OrderBy(r => r.Period));
    }

    [Fact]
    public async Task Discard_AsksFirst_CancelKeepsTheEditAndConfirmDropsIt()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await SetWinRateAsync(page, "15%");

        await page.Locator("[data-testid=discard]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("変更を破棄しますか?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "やめる" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");

        await page.Locator("[data-testid=discard]").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "破棄する" }).ClickAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");
        await Expect(page.Locator("[data-testid=dirty]")).ToHaveCountAsync(0);

        // The discarded draft is gone from the server too (once the page says the autosave has nothing pending).
        await WaitForDraftKeptAsync(page);
        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");
        await Expect(page.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Draft_OfAnOlderVersion_IsMergedWithWhatWasSavedSince()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await SetWinRateAsync(page, "15%");
        await WaitForDraftKeptAsync(page);
        // Away from the plan while the colleague saves (an open page would take their save in live, Features/Live).
        await page.Locator(".ippon-back").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "離れる" }).ClickAsync(); // unsaved: asked first
        await page.Locator("[data-testid=plan-row]").First.WaitForAsync();
        await browser.ColleagueSavesAsync(id, "leads", new { owner = "インサイドセールス" });

        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("v1 を元にした下書きです。その後に保存された v2 の変更と合わせてあります");
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        var saved = await browser.SavedPlanAsync(id);
        Assert.Equal((0.15m, "インサイドセールス"), (saved.Find("win_rate")!.Value!.Value, saved.Find("leads")!.Owner));
    }

    [Fact]
    public async Task Draft_OfAnOlderVersion_OverlappingASaveSince_OpensTheMergeView()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await SetWinRateAsync(page, "15%");
        await WaitForDraftKeptAsync(page);
        await browser.ColleagueSavesAsync(id, "win_rate", new { value = "25%" });

        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("同じ項目を変えています");
        var conflict = page.Locator("[data-testid=merge-conflict]");
        await Expect(conflict.Locator("[data-testid=merge-mine]")).ToContainTextAsync("value: 20% → 15%");
        await Expect(conflict.Locator("[data-testid=merge-theirs]")).ToContainTextAsync("value: 20% → 25%");
        await page.Locator("[data-testid=keep-mine-win_rate]").ClickAsync();
        await page.Locator("[data-testid=merge-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        Assert.Equal(0.15m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);
    }

    [Fact]
    public async Task Save_OneClickWhileTheValueIsStillBeingTyped_SavesThatValue()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await page.Locator("[data-testid=field-value]").FillAsync("15%"); // no Enter, the field keeps the focus
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        Assert.Equal(0.15m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
    }

    [Fact]
    public async Task ValueTypedWithoutEnter_SurvivesAReloadInItsFieldAndSavesWithOneClick()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await page.Locator("[data-testid=field-value]").FillAsync("15%"); // no Enter: the field keeps the focus, nothing applied
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");
        // The typed text is in the server's draft: the page says a write happened and none is pending.
        await page.WaitForFunctionAsync("() => { const s = document.querySelector('[data-testid=draft-status]'); return s && Number(s.dataset.writes) >= 1 && s.dataset.pending === 'no'; }");

        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=node-editor] [data-testid=field-value]")).ToHaveValueAsync("15%");
        await Expect(page.Locator("[data-testid=node-editor] [data-testid=field-value]")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件"); // still not applied

        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        Assert.Equal(0.15m, (await browser.SavedPlanAsync(id)).Find("win_rate")!.Value);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");

        // Applied and saved: the draft keeps no typing, nothing comes back.
        await WaitForDraftKeptAsync(page);
        await ReloadAsync(page);
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await Expect(page.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task UndoRedo_ButtonsAndKeys_WalkTheDraftsEditsButLeaveAFocusedFieldsOwnUndoAlone()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        var deals = page.Locator("[data-testid=node-deals]");
        await SetWinRateAsync(page, "15%");
        await Expect(deals).ToContainTextAsync("目標 134件");
        await page.Locator("[data-testid=field-value]").FillAsync("25%"); // the box is still selected
        await page.Locator("[data-testid=field-value]").PressAsync("Enter");
        await Expect(deals).ToContainTextAsync("目標 80件");

        await page.Locator("[data-testid=undo]").ClickAsync();
        await Expect(deals).ToContainTextAsync("目標 134件");
        await Expect(page.Locator("[data-testid=field-value]")).ToHaveValueAsync("15%"); // the open editor follows
        await Screenshots.SaveAsync(page, "undo-redo");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "undo-redo-mobile");
        await page.SetViewportSizeAsync(1440, 900);
        await page.Locator("[data-testid=undo]").ClickAsync();
        await Expect(deals).ToContainTextAsync("目標 100件");
        await Expect(page.Locator("[data-testid=dirty]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=undo]")).ToBeDisabledAsync();
        await page.Locator("[data-testid=redo]").ClickAsync();
        await Expect(deals).ToContainTextAsync("目標 134件");

        // The keys, with no text field focused.
        await page.Locator("[data-testid=plan-title]").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Expect(deals).ToContainTextAsync("目標 100件");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await Expect(deals).ToContainTextAsync("目標 134件");

        // In a focused field Ctrl+Z is the field's own: the draft stays.
        await page.Locator("[data-testid=field-value]").FocusAsync();
        await page.Keyboard.PressAsync("Control+z");
        await page.WaitForTimeoutAsync(1_000);
        await Expect(deals).ToContainTextAsync("目標 134件");
    }

    [Fact]
    public async Task LanguageSwitch_KeepsTheTabTheDraftAndTheTypedActuals()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await SetWinRateAsync(page, "15%");
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await page.Locator("[data-testid=cell-leads-Q1]").FillAsync("200");
        await page.WaitForURLAsync(u => u.Contains("tab=actuals", StringComparison.Ordinal));

        await page.Locator("[data-testid=lang-en]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Actuals", Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).ToHaveValueAsync("200");
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("Restored an unsaved draft");
        await Expect(page.Locator("[data-testid=dirty]")).ToContainTextAsync("1 unsaved change(s)");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tree" }).ClickAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("Target 134");
    }

    [Fact]
    public async Task Leaving_WithUnsavedChanges_AsksInTheAppAndInTheBrowser()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        const string wouldAsk = "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }";
        Assert.False(await page.EvaluateAsync<bool>(wouldAsk));
        await SetWinRateAsync(page, "15%");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync(wouldAsk);

        // ← 計画一覧: asked; staying keeps the page and the edit, leaving goes to the list.
        await page.GetByText("← 計画一覧").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("保存していない変更があります");
        await Screenshots.SaveAsync(page, "leaving-asks");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "leaving-asks-mobile");
        await page.SetViewportSizeAsync(1440, 900);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "このページに残る" }).ClickAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        Assert.Contains($"/plans/{id}", page.Url, StringComparison.Ordinal);
        await page.GetByText("← 計画一覧").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "離れる" }).ClickAsync();
        await page.Locator("[data-testid=plan-row]").First.WaitForAsync();

        // Back on the plan (the draft restored), a reload is asked by the browser itself.
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=plan-title]").ClickAsync(); // the browser asks only on a page the user touched
        await page.WaitForFunctionAsync(wouldAsk);
        var asked = new List<string>();
        page.Dialog += (_, d) => asked.Add(d.Type); // ReloadAsync accepts it
        await ReloadAsync(page);
        Assert.Contains("beforeunload", asked);

        // Saved: nothing to ask.
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await page.WaitForFunctionAsync($"!({wouldAsk})()");
    }

    /// <summary>Sets the win rate in the tree's editor and applies it with Enter.</summary>
    internal static async Task SetWinRateAsync(IPage page, string value)
    {
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await page.Locator("[data-testid=field-value]").FillAsync(value);
        await page.Locator("[data-testid=field-value]").PressAsync("Enter");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
    }

    /// <summary>Waits until the page says the draft is written, nothing pending (the autosave's pause is 0.6 s); call it once the edit is on screen.</summary>
    internal static async Task WaitForDraftKeptAsync(IPage page) =>
        await page.Locator("[data-testid=draft-status][data-pending=no]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Reloads, answering the browser's "leave this page?" with leave, and waits for the plan page (on the tab in its URL).</summary>
    internal static async Task ReloadAsync(IPage page)
    {
        page.Dialog -= AcceptLeaving;
        page.Dialog += AcceptLeaving;
        await page.ReloadAsync();
        await page.Locator("[data-testid=version]").WaitForAsync();
    }

    static void AcceptLeaving(object? sender, IDialog dialog)
    {
        if (dialog.Type == "beforeunload") _ = dialog.AcceptAsync();
    }

}
