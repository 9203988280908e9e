using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Drafts;

/// <summary>
/// The plan store's part for the pages' drafts: restore the kept one, keep one as it changes. Declared here, beside
/// <see cref="DraftStore"/>, so that the store names no slice; the plan page calls it on the one store.
/// </summary>
public static class DraftsInStore
{
    /// <summary>The user's kept draft of the plan, on top of the latest version; null when there is none.</summary>
    public static Task<RestoredDraft?> RestoreDraftAsync(this PlanStore store, Guid id, string user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(async db =>
        {
            var latest = await LoadPlan.Run(db, id, null, ct);
            return latest.Ok ? await RestoreDraft.Run(db, latest.Value, user, ct) : null;
        }, ct);
    }

    /// <summary>Keeps a page's draft of <paramref name="id"/> as it changes.</summary>
    public static DraftAutosave Autosave(this PlanStore store, Guid id, string user)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(store.Contexts, store.Time, store.Logs.CreateLogger<DraftAutosave>(), id, user);
    }
}
