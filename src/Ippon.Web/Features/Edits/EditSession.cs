using System.Diagnostics;
using Ippon.Calculation;
using Ippon.Files.Changes;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Edits;

/// <summary>
/// The page's working copy of a plan: the saved version, the draft being edited, and the draft's calculation.
/// Every edit goes through the same edit functions as the API and recalculates the whole plan at once, before saving.
/// </summary>
/// <remarks>
/// It lives in the page (the Blazor circuit); the page keeps a copy of the draft in the database as it changes
/// (<see cref="Drafts.DraftAutosave"/>), so a reload or a server restart restores it (<see cref="Restore"/>); a colleague's save
/// reaches it through Features/Live (<c>CatchUp</c>).
/// </remarks>
public sealed class EditSession
{
    public EditSession(LoadedPlan loaded) => Load(loaded);

    public Guid PlanId { get; private set; }

    /// <summary>The version the draft started from; a save based on an older one is refused.</summary>
    public int BaseVersion { get; private set; }

    public Plan Saved { get; private set; } = null!;

    public PlanResult SavedResult { get; private set; } = null!;

    public Plan Draft { get; private set; } = null!;

    public PlanResult Result { get; private set; } = null!;

    /// <summary>How long the last edit took on the server: checking it and recalculating the whole plan.</summary>
    public TimeSpan LastEdit { get; private set; }

    /// <summary>The inputs changed since the last save.</summary>
    public IReadOnlyList<Change> Changes { get; private set; } = [];

    public bool Dirty => Changes.Count > 0;

    /// <summary>The scenario the アクション and 最適化 tabs show (null: the base plan): picked in one, shown in both.</summary>
    public string? ShownScenario { get; set; }

    /// <summary>Raised after the draft changed (an edit, undo, redo, discard, a load or a restore): the page autosaves it.</summary>
    public event Action? DraftChanged;

    // Undo and redo over the draft's edits: the drafts before (and after) each applied edit. Plans are immutable, so a
    // step is one reference; a load, a restore or a discard starts a new history. The history keeps the plans, not
    // their calculations (Keep): on a plan of 10,000 reps a calculation is 4.4 MB, 200 of them 887 MB a page
    // (bench/Ippon.UndoBench); undo and redo calculate the plan they put back.
    readonly Stack<Plan> _undo = new();
    readonly Stack<Plan> _redo = new();

    /// <summary>How many edits <see cref="Undo"/> can take back (at most <see cref="UndoLimit"/>).</summary>
    public int UndoCount => _undo.Count;

    public int RedoCount => _redo.Count;

    public const int UndoLimit = 200;

    public void Load(LoadedPlan loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        PlanId = loaded.Stored.Id;
        BaseVersion = loaded.Version.Number;
        Saved = loaded.Plan;
        SavedResult = PlanText.Calculation(Saved);
        Draft = Saved;
        Result = SavedResult;
        Changes = [];
        _undo.Clear();
        _redo.Clear();
        DraftChanged?.Invoke();
    }

    /// <summary>Makes <paramref name="draft"/> (a restored draft, already checked) the draft on top of the loaded version.</summary>
    public void Restore(Plan draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        _undo.Clear();
        _redo.Clear();
        Keep(_undo, Draft); // undo after a restore goes back to the saved version
        Set(draft);
        DraftChanged?.Invoke();
    }

    /// <summary>Takes back the last edit; false when there is none.</summary>
    public bool Undo() => Step(_undo, _redo);

    /// <summary>Does again the last edit taken back; false when there is none.</summary>
    public bool Redo() => Step(_redo, _undo);

    bool Step(Stack<Plan> from, Stack<Plan> to)
    {
        if (from.Count == 0) return false;
        Keep(to, Draft);
        Set(from.Pop());
        DraftChanged?.Invoke();
        return true;
    }

    void Set(Plan draft)
    {
        Draft = draft;
        Result = PlanText.Calculation(draft);
        Changes = PlanDiff.Inputs(Saved, draft);
    }

    /// <summary>Applies <paramref name="edit"/> to the draft and recalculates; on failure the draft stays as it was.</summary>
    public Outcome<Plan> Apply(Func<Plan, Outcome<Plan>> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var watch = Stopwatch.StartNew();
        var next = edit(Draft);
        if (next.Ok && !ReferenceEquals(next.Value, Draft))
        {
            Keep(_undo, Draft);
            if (_undo.Count > UndoLimit) Trim(_undo);
            _redo.Clear();
            Set(next.Value); // the edit's own check calculated it: one calculation per edit
        }
        LastEdit = watch.Elapsed;
        if (next.Ok) DraftChanged?.Invoke();
        return next;
    }

    /// <summary>
    /// Moves the draft onto a newer saved version (a colleague's save): <paramref name="latest"/> becomes the saved
    /// version and <paramref name="mergedDraft"/> (your draft merged with it, <see cref="PlanMerge"/>) the draft.
    /// </summary>
    public void Rebase(LoadedPlan latest, Plan mergedDraft)
    {
        ArgumentNullException.ThrowIfNull(mergedDraft);
        Load(latest); // a new history: undoing past a colleague's save would take their change back
        Set(mergedDraft);
        DraftChanged?.Invoke();
    }

    /// <summary>Drops the draft's changes.</summary>
    public void Discard()
    {
        Draft = Saved;
        Result = SavedResult;
        Changes = [];
        _undo.Clear();
        _redo.Clear();
        DraftChanged?.Invoke();
    }

    // Puts a draft on the history without its calculation (the saved version's stays: the page shows it as saved).
    void Keep(Stack<Plan> stack, Plan draft)
    {
        if (!ReferenceEquals(draft, Saved)) PlanText.Forget(draft);
        stack.Push(draft);
    }

    // Drops the oldest step (a Stack keeps the newest on top).
    static void Trim(Stack<Plan> stack)
    {
        var kept = stack.Take(UndoLimit).Reverse().ToList();
        stack.Clear();
        foreach (var p in kept) stack.Push(p);
    }
}
