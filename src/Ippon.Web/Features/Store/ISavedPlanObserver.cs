using Ippon.Storage;

namespace Ippon.Web.Features.Store;

/// <summary>
/// A slice's part in a plan's save, run inside the save's transaction after the new version is added and before it is
/// committed: what it writes to <c>db</c> is committed with the version, or not at all.
/// </summary>
/// <remarks>
/// The store calls its observers instead of naming the slices that want to know (Notifications queues its KPI alerts
/// here: <c>Notifications/KpiAlertsOnSave</c>), so the store depends on no slice and the slices depend on the store.
/// Observers are registered in DI at startup (as <see cref="ISaveObserver"/>) and called in registration order.
/// </remarks>
public interface ISavedPlanObserver : ISaveObserver
{
    Task SavingAsync(IpponDb db, SavingPlan saving, CancellationToken ct);
}
