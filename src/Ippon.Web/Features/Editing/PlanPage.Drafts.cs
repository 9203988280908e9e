using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Drafts;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// The plan page's side of "never lose work": the user's draft (plan edits and typed actuals) is kept in the database
/// as it changes and brought back when the page opens again; 破棄 asks first; leaving with unsaved changes asks
/// (in-app links here, reloads and closing the tab in the browser: wwwroot/drafts.js); undo and redo over the draft's
/// edits; the open tab is in the URL (<c>?tab=actuals</c>) so that the language switch, which reloads, comes back to it;
/// a value still being typed is saved by one click on 保存.
/// </summary>
public sealed partial class PlanPage : IAsyncDisposable
{
    [Inject]
    IDialogService Dialogs { get; set; } = null!;

    [Inject]
    NavigationManager Navigation { get; set; } = null!;

    [Inject]
    IJSRuntime Js { get; set; } = null!;

    [Inject]
    UnsavedWork Work { get; set; } = null!;

    /// <summary>The open tab, by its panel's id (guide, tree, actions, actuals, review, …): kept in the URL as tabs change, and the links of reminders and alerts land on ?tab=actuals or ?tab=review.</summary>
    [SupplyParameterFromQuery(Name = "tab")]
    public string? Tab { get; set; }

    MudTabs? _tabs;
    string? _tabInUrl;
    DotNetObjectReference<PlanPage>? _self;

    /// <summary>
    /// A field of the node editor has the focus: its value may still be typing (applied on Enter or on leaving the
    /// field), so 保存 stays clickable; a press on 保存 keeps the focus in the field (wwwroot/drafts.js) and the click
    /// reads the field's value and applies it before saving (<see cref="ApplyTypedValueAsync"/>).
    /// </summary>
    bool _editing;

    Dictionary<string, object> EditWatch => new()
    {
        ["onfocusin"] = EventCallback.Factory.Create<FocusEventArgs>(this, () => _editing = true),
        ["onfocusout"] = EventCallback.Factory.Create<FocusEventArgs>(this, () => _editing = false),
    };

    /// <summary>The editor's last edit was refused (a red field): there is no typed value to save.</summary>
    bool _refused;

    /// <summary>The node editor on screen (the tree's or the actions'), for the value being typed in it.</summary>
    NodeEditor? _editor;

    /// <summary>The value in the node editor's focused field, as the browser has it, when 保存 is clicked.</summary>
    sealed record TypedField(string Field, string Value);

    /// <summary>
    /// 保存 clicked while a node editor field has the focus: the value in it is read from the field and applied first,
    /// the same edit Enter would make (a refused value stays red and nothing is saved). Deterministic: it used to wait
    /// up to 1.5 s for the field's blur to bring the value in, and a slow edit (a 10,000-rep plan) missed the window.
    /// </summary>
    async Task ApplyTypedValueAsync()
    {
        if (_editor is null || !_editing) return;
        TypedField? typed;
        try
        {
            typed = await Js.InvokeAsync<TypedField?>("ippon.typedField");
        }
        catch (JSException)
        {
            return;
        }
        if (typed is { Field: { } field, Value: { } value }) await _editor.ApplyTypedAsync(field, value);
    }

    /// <summary>The actuals typed and not stored: the page's, so that they survive a tab switch and go into the draft.</summary>
    readonly TypedActuals _typed = new();

    /// <summary>The actuals typed into the reps' own grids (members tab) and not stored: in the draft too.</summary>
    readonly MembersTypedActuals _membersTyped = new();

    DraftAutosave? _autosave;

    /// <summary>The draft brought back when the page opened, while its notice is shown.</summary>
    RestoredDraft? _restored;

    /// <summary>The restored draft overlaps a version saved since: the merge view opens once the page is drawn.</summary>
    bool _openMerge;

    /// <summary>Anything not saved: plan edits or typed actuals.</summary>
    bool Unsaved => _session?.Dirty == true || TypedCount > 0;

    int TypedCount => _typed.Count + _membersTyped.Count;

    /// <summary>Brings back the user's draft of this plan, if any, then keeps every change of the draft (once, after the first load).</summary>
    async Task StartDraftsAsync()
    {
        if (_session is null || _autosave is not null || !Ui.Caller.CanEdit) return;
        if (await Store.RestoreDraftAsync(Id, Ui.Caller.Name) is { } restored)
        {
            if (restored.Conflicts) _session.Load(restored.Base);
            if (restored.Draft is not null) _session.Restore(restored.Draft);
            _typed.Reset(restored.Actuals);
            _membersTyped.Reset(restored.Actuals);
            _typedShown = TypedCount > 0;
            _restored = restored;
            _openMerge = restored.Conflicts;
            RestoreTyping(restored.Typing);
        }
        _autosave = Store.Autosave(Id, Ui.Caller.Name);
        _autosave.Written += () => _ = InvokeAsync(StateHasChanged);
        _session.DraftChanged += KeepDraft;
        _typed.Changed += KeepTyped;
        _membersTyped.Changed += KeepTyped;
        Work.Register(_autosave.FlushAsync);
    }

    /// <summary>After each render: the restored draft's merge view, the open tab into the URL, the browser's unsaved flag.</summary>
    async Task AfterRenderDraftsAsync()
    {
        await OpenRestoredMergeAsync();
        if (_tabs is null || _session is null) return;
        // The tab from the URL was opened before the first render (OnParametersSetAsync); here the URL follows the tabs.
        _tabInUrl ??= Tab;
        if (_tabs.ActivePanel?.ID is string shown && shown != _tabInUrl)
        {
            // Replace, not push: the back button leaves the page instead of walking through its tabs.
            _tabInUrl = shown;
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("tab", shown), replace: true);
        }
        if (_self is null)
        {
            _self = DotNetObjectReference.Create(this);
            await Js.InvokeVoidAsync("ippon.watchDraft", _self);
        }
        await ShowTypingAsync();
    }

    /// <summary>The node editor field being typed, not applied yet (no Enter, the focus still in it): part of the draft.</summary>
    FieldTyping? _typing;

    /// <summary>A restored typing not put back in its field yet (the field is drawn once its node's editor is on screen).</summary>
    FieldTyping? _typingToShow;

    /// <summary>The browser reports a node editor field's text, a short pause after the last key (wwwroot/drafts.js).</summary>
    [JSInvokable]
    public Task FieldTyped(string? field, string? text) => InvokeAsync(() =>
    {
        var typing = _selected is null ? null : FieldTyping.From(_selected, field, text);
        if (typing == _typing) return;
        _typing = typing;
        KeepDraft();
    });

    /// <summary>The field's text was applied (Enter, leaving the field, 保存): it is in the draft's plan now.</summary>
    void TypingApplied()
    {
        if (_typing is null) return;
        _typing = null;
        KeepDraft();
    }

    // A restored draft's typing: its node is selected, and the text goes back in the field after the next render.
    void RestoreTyping(FieldTyping? typing)
    {
        if (typing is null || _session is null || (_session.Draft.Find(typing.Node) is null && _session.Draft.FindAction(typing.Node) is null)) return;
        _typing = typing;
        _typingToShow = typing;
        _selected = typing.Node;
    }

    async Task ShowTypingAsync()
    {
        if (_typingToShow is not { } show || _selected != show.Node) return;
        try
        {
            if (await Js.InvokeAsync<bool>("ippon.restoreTyping", show.Field, show.Text)) _typingToShow = null;
        }
        catch (JSException)
        {
            _typingToShow = null;
        }
    }

    /// <summary>An in-app link (← 計画一覧, the brand) with unsaved changes: asks first; staying cancels the navigation.</summary>
    async Task OnLeavingAsync(LocationChangingContext context)
    {
        // Another tab of this page (?tab=…) is not leaving.
        if (Navigation.ToAbsoluteUri(context.TargetLocation).AbsolutePath == Navigation.ToAbsoluteUri(Navigation.Uri).AbsolutePath) return;
        if (Unsaved)
        {
            var leave = await Confirm.AskAsync(Dialogs,
                T("保存していない変更があります", "You have unsaved changes"),
                T("このページを離れますか? 下書きはサーバーに残り、次にこの計画を開くと復元されます。", "Leave this page? The draft stays on the server and is restored the next time you open this plan."),
                T("離れる", "Leave"),
                T("このページに残る", "Stay"));
            if (!leave)
            {
                context.PreventNavigation();
                return;
            }
            if (_autosave is not null) await _autosave.FlushAsync();
            // Asked once is enough: the browser does not ask again while this page is still on screen.
            await Js.InvokeVoidAsync("ippon.leaving");
        }
    }

    Task UndoAsync()
    {
        if (_session?.Undo() == true) AfterHistoryStep();
        return Task.CompletedTask;
    }

    Task RedoAsync()
    {
        if (_session?.Redo() == true) AfterHistoryStep();
        return Task.CompletedTask;
    }

    void AfterHistoryStep()
    {
        _message = null;
        // A box the step removed (undoing an added KPI) is no longer selected.
        if (_selected is not null && _session?.Draft.Find(_selected) is null && _session?.Draft.FindAction(_selected) is null) _selected = null;
    }

    /// <summary>Ctrl+Z outside a text field (wwwroot/drafts.js).</summary>
    [JSInvokable]
    public Task UndoFromKeyboard() => InvokeAsync(async () =>
    {
        await UndoAsync();
        StateHasChanged();
    });

    /// <summary>Ctrl+Shift+Z or Ctrl+Y outside a text field.</summary>
    [JSInvokable]
    public Task RedoFromKeyboard() => InvokeAsync(async () =>
    {
        await RedoAsync();
        StateHasChanged();
    });

    bool _typedShown;

    // Typed actuals change inside the actuals grid, which redraws only itself: the page redraws when there start (or
    // stop) being some, for its unsaved marker (data-unsaved) and the browser's question before leaving.
    void KeepTyped()
    {
        KeepDraft();
        if (_typedShown == TypedCount > 0) return;
        _typedShown = TypedCount > 0;
        StateHasChanged();
    }

    void KeepDraft()
    {
        if (_session is null || _autosave is null) return;
        _autosave.Schedule(new DraftSnapshot(_session.BaseVersion, _session.Dirty ? _session.Draft : null, [.. _typed.ToList(), .. _membersTyped.ToList()], _typing));
    }

    async Task OpenRestoredMergeAsync()
    {
        if (!_openMerge || _mergePanel is null || _session is null) return;
        _openMerge = false;
        await _mergePanel.ShowAsync(_session.BaseVersion, _session.Draft);
    }

    /// <summary>The notice's 破棄: after asking, the plan goes back to its latest version and the typed actuals are dropped.</summary>
    async Task DiscardRestoredAsync()
    {
        if (!await AskDiscardAsync()) return;
        _restored = null;
        _typing = _typingToShow = null;
        _mergePanel?.Close();
        _typed.Reset([]);
        _membersTyped.Reset([]);
        await LoadAsync();
        _selected = null;
        _message = null;
    }

    async Task<bool> AskDiscardAsync() => await Confirm.AskAsync(Dialogs,
        T("変更を破棄しますか?", "Discard the changes?"),
        T("保存していない変更を捨てて、保存済みの版に戻します。この操作は元に戻せません。", "The unsaved changes are thrown away and the page goes back to the saved version. This cannot be undone."),
        T("破棄する", "Discard"),
        T("やめる", "Cancel"));

    /// <summary>When the draft was last kept, for the status line.</summary>
    string? DraftStatus => _autosave switch
    {
        { Failed: true } => T("下書きを保存できませんでした", "could not keep the draft"),
        { SavedAt: { } at } when Unsaved => T($"下書き保存 {When(at)}", $"draft kept {When(at)}"),
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        Work.Register(null);
        if (_self is not null)
        {
            try
            {
                await Js.InvokeVoidAsync("ippon.unwatchDraft");
            }
            catch (JSDisconnectedException)
            {
                // The tab is gone: nothing to tell it.
            }
            _self.Dispose();
        }
        if (_session is not null) _session.DraftChanged -= KeepDraft;
        _typed.Changed -= KeepTyped;
        _membersTyped.Changed -= KeepTyped;
        if (_autosave is not null) await _autosave.DisposeAsync();
    }
}
