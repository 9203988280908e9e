using System.Diagnostics;
using Ippon.Calculation;
using Ippon.Plans;
using Ippon.Web.Features.History;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// The page's working copy of a plan: the saved version, the draft being edited, and the draft's calculation.
/// Every edit goes through the same edit functions as the API and recalculates the whole plan at once, before saving.
/// </summary>
/// <remarks>It lives in the page (the Blazor circuit) only; nothing is shared between users or servers.</remarks>
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
    }

    /// <summary>Applies <paramref name="edit"/> to the draft and recalculates; on failure the draft stays as it was.</summary>
    public Outcome<Plan> Apply(Func<Plan, Outcome<Plan>> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var watch = Stopwatch.StartNew();
        var next = edit(Draft);
        if (next.Ok)
        {
            Draft = next.Value;
            Result = PlanText.Calculation(Draft); // the edit's own check calculated it: one calculation per edit
            Changes = PlanDiff.Inputs(Saved, Draft);
        }
        LastEdit = watch.Elapsed;
        return next;
    }

    /// <summary>Drops the draft's changes.</summary>
    public void Discard()
    {
        Draft = Saved;
        Result = SavedResult;
        Changes = [];
    }
}
