using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Actuals;

/// <summary>
/// The plan store's part for actuals: read, store (typed or pasted rows) and upload. Declared here, beside
/// <see cref="StoredActuals"/>, so that the store names no slice; the pages call it on the one store
/// (<c>Store.ActualsAsync(id)</c>).
/// </summary>
public static class ActualsInStore
{
    /// <summary>The plan's actuals, by period then metric.</summary>
    public static Task<List<ActualRow>> ActualsAsync(this PlanStore store, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => StoredActuals.Read(db, id, ct), ct);
    }

    public static Task<Outcome<List<ActualRow>>> SaveActualsAsync(this PlanStore store, Guid id, IReadOnlyList<ActualRow> rows, bool replaceAll, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => StoredActuals.Run(db, id, rows, replaceAll, caller, store.Time, ct), ct);
    }

    public static Task<Outcome<List<ActualRow>>> UploadActualsAsync(this PlanStore store, Guid id, string fileName, long size, Stream content, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => StoredActuals.Upload(db, id, fileName, size, content, caller, store.Time, store.Limits, ct), ct);
    }
}
