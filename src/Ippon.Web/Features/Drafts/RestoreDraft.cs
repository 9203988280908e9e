using Ippon.Files.Changes;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Drafts;

/// <summary>What a stored draft becomes when its plan page opens again.</summary>
/// <param name="Draft">The draft plan to edit on, or null when only actuals were typed.</param>
/// <param name="Actuals">The typed actuals.</param>
/// <param name="At">When the draft was last written (UTC).</param>
/// <param name="DraftBase">The version the draft was edited from.</param>
/// <param name="Base">The version to edit on: the latest, or the draft's own when the merge with the latest overlaps.</param>
/// <param name="Merged">True when the draft, edited from an older version, was merged with the latest cleanly.</param>
/// <param name="Conflicts">True when it overlaps the latest: the page opens the merge view.</param>
public sealed record RestoredDraft(Plan? Draft, IReadOnlyList<TypedCell> Actuals, DateTime At, int DraftBase, LoadedPlan Base, bool Merged, bool Conflicts)
{
    /// <summary>The node editor field that was being typed, not applied: the page puts its text back in the field.</summary>
    public FieldTyping? Typing { get; init; }
}

/// <summary>
/// Brings a user's stored draft back onto the plan as it is now: on the latest version as it was; edited from an older
/// version, merged with what was saved since (<see cref="PlanMerge"/>) when the changes do not overlap, else kept on
/// its own version so that the merge view shows both sides.
/// </summary>
public static class RestoreDraft
{
    public static async Task<RestoredDraft?> Run(IpponDb db, LoadedPlan latest, string user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(latest);
        var stored = await DraftStore.Load(db, latest.Stored.Id, user, ct);
        if (stored is null) return null;
        var restored = await Restore(db, latest, stored, ct);
        if (stored.Typing is null) return restored;
        return (restored ?? new RestoredDraft(null, [], stored.UpdatedAt, stored.BaseVersion, latest, false, false)) with { Typing = stored.Typing };
    }

    static async Task<RestoredDraft?> Restore(IpponDb db, LoadedPlan latest, DraftStore.Stored stored, CancellationToken ct)
    {
        if (stored.Yaml is null)
            return stored.Actuals.Count == 0 ? null : new RestoredDraft(null, stored.Actuals, stored.UpdatedAt, stored.BaseVersion, latest, false, false);

        // The draft was written by the page from a checked plan; one that no longer reads (an older format) is not a
        // plan to restore, but its typed actuals still are.
        var read = PlanText.ReadFile(stored.Yaml, null);
        if (!read.Ok)
            return stored.Actuals.Count == 0 ? null : new RestoredDraft(null, stored.Actuals, stored.UpdatedAt, stored.BaseVersion, latest, false, false);
        var draft = read.Value.Plan;
        var latestNumber = latest.Version.Number;
        if (stored.BaseVersion == latestNumber || stored.BaseVersion > latestNumber || stored.BaseVersion < 1)
            return new RestoredDraft(draft, stored.Actuals, stored.UpdatedAt, stored.BaseVersion, latest, false, false);

        var loadedBase = await LoadPlan.Run(db, latest.Stored.Id, stored.BaseVersion, ct);
        if (!loadedBase.Ok)
            return new RestoredDraft(draft, stored.Actuals, stored.UpdatedAt, stored.BaseVersion, latest, false, false);
        var merge = PlanMerge.Merge(loadedBase.Value.Plan, draft, latest.Plan);
        if (merge.Clean && PlanText.Check(merge.Merged) is { Ok: true } merged)
            return new RestoredDraft(merged.Value, stored.Actuals, stored.UpdatedAt, stored.BaseVersion, latest, true, false);
        return new RestoredDraft(draft, stored.Actuals, stored.UpdatedAt, stored.BaseVersion, loadedBase.Value, false, true);
    }
}
