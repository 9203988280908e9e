using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The plan's actuals, or not found when there is no such plan (the API's <c>GET …/actuals</c>).</summary>
    public static Task<Outcome<List<ActualRow>>> ReadActualsAsync(this PlanStore store, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync<Outcome<List<ActualRow>>>(async db =>
            await db.LivePlans.AnyAsync(p => p.Id == id, ct) ? await StoredActuals.Read(db, id, ct) : Failure.NotFound($"plan {id}"), ct);
    }

    /// <summary>Stores typed or pasted rows (all or none); the save's observers (Notifications' KPI alerts) act inside it.</summary>
    public static Task<Outcome<List<ActualRow>>> SaveActualsAsync(this PlanStore store, Guid id, IReadOnlyList<ActualRow> rows, bool replaceAll, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => StoredActuals.Run(db, id, rows, replaceAll, caller, store.Time, Observers(store), ct), ct);
    }

    public static Task<Outcome<List<ActualRow>>> UploadActualsAsync(this PlanStore store, Guid id, string fileName, long size, Stream content, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => StoredActuals.Upload(db, id, fileName, size, content, caller, store.Time, store.Limits, Observers(store), ct), ct);
    }

    static ISavedActualsObserver[] Observers(PlanStore store) => [.. store.Observers.OfType<ISavedActualsObserver>()];
}
