using Ippon.Files.Changes;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Live;

/// <summary>
/// Brings a page's working copy up to the latest saved version after a colleague saved: without a draft the page
/// simply shows the latest; with a draft that does not overlap theirs, the draft is kept on top of it (the same merge
/// as a save, <see cref="PlanMerge"/>); a draft that overlaps is left as it is and the page opens the merge view.
/// </summary>
public static class CatchUp
{
    /// <summary>What happened: the version now shown or compared with, who saved it, and how the draft fared.</summary>
    public sealed record Result(int Version, string Author, CatchUpKind Kind);

    /// <summary>Null when the page already shows the latest version (its own save, or an older notification).</summary>
    public static async Task<Result?> RunAsync(PlanStore store, EditSession session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        var latest = await store.LoadAsync(session.PlanId, null, ct);
        if (!latest.Ok || latest.Value.Version.Number <= session.BaseVersion) return null;
        var (number, author) = (latest.Value.Version.Number, latest.Value.Version.Author);
        if (!session.Dirty)
        {
            session.Load(latest.Value);
            return new Result(number, author, CatchUpKind.Shown);
        }
        var merge = PlanMerge.Merge(session.Saved, session.Draft, latest.Value.Plan);
        if (!merge.Clean) return new Result(number, author, CatchUpKind.Overlaps);
        session.Rebase(latest.Value, merge.Merged);
        return new Result(number, author, CatchUpKind.DraftKept);
    }
}

public enum CatchUpKind
{
    /// <summary>No draft: the latest version is shown.</summary>
    Shown,

    /// <summary>The draft did not overlap: it now sits on the latest version.</summary>
    DraftKept,

    /// <summary>The draft overlaps their change: nothing was replaced; the merge view asks which to keep.</summary>
    Overlaps,
}
