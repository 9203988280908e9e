using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Drafts;
using Ippon.Web.Features.Plans;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// The plan page's side of "never lose work": the user's draft (plan edits and typed actuals) is kept in the database
/// as it changes and brought back when the page opens again; 破棄 asks first.
/// </summary>
public sealed partial class PlanPage : IAsyncDisposable
{
    [Inject]
    ILogger<PlanPage> Log { get; set; } = null!;

    [Inject]
    IDialogService Dialogs { get; set; } = null!;

    /// <summary>The actuals typed and not stored: the page's, so that they survive a tab switch and go into the draft.</summary>
    readonly TypedActuals _typed = new();

    DraftAutosave? _autosave;

    /// <summary>The draft brought back when the page opened, while its notice is shown.</summary>
    RestoredDraft? _restored;

    /// <summary>The restored draft overlaps a version saved since: the merge view opens once the page is drawn.</summary>
    bool _openMerge;

    /// <summary>Anything not saved: plan edits or typed actuals.</summary>
    bool Unsaved => _session?.Dirty == true || _typed.Count > 0;

    /// <summary>Brings back the user's draft of this plan, if any, then keeps every change of the draft (once, after the first load).</summary>
    async Task StartDraftsAsync()
    {
        if (_session is null || _autosave is not null || !Ui.Caller.CanEdit) return;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var latest = await LoadPlan.Run(db, Id, null, CancellationToken.None);
            var restored = latest.Ok ? await RestoreDraft.Run(db, latest.Value, Ui.Caller.Name, CancellationToken.None) : null;
            if (restored is not null)
            {
                if (restored.Conflicts) _session.Load(restored.Base);
                if (restored.Draft is not null) _session.Restore(restored.Draft);
                _typed.Reset(restored.Actuals);
                _restored = restored;
                _openMerge = restored.Conflicts;
            }
        }
        _autosave = new DraftAutosave(DbFactory, Time, Log, Id, Ui.Caller.Name);
        _autosave.Written += () => _ = InvokeAsync(StateHasChanged);
        _session.DraftChanged += KeepDraft;
        _typed.Changed += KeepDraft;
    }

    void KeepDraft()
    {
        if (_session is null || _autosave is null) return;
        _autosave.Schedule(new DraftSnapshot(_session.BaseVersion, _session.Dirty ? _session.Draft : null, _typed.ToList()));
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
        _mergePanel?.Close();
        _typed.Reset([]);
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
        if (_session is not null) _session.DraftChanged -= KeepDraft;
        _typed.Changed -= KeepDraft;
        if (_autosave is not null) await _autosave.DisposeAsync();
    }
}
