using Ippon.Storage;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Actuals;

/// <summary>
/// A slice's part in a save of actuals, run after the rows are checked and changed on <c>db</c> and before they are
/// saved: what it writes to <c>db</c> is committed with the actuals, or not at all.
/// </summary>
/// <remarks>
/// The actuals' save calls its observers instead of naming the slices that want to know (Notifications queues its KPI
/// alerts here: <c>Notifications/KpiAlertsOnActuals</c>), as a plan's save calls its <see cref="ISavedPlanObserver"/>s:
/// so Actuals depends on no slice that reads actuals. Registered in DI at startup as <see cref="ISaveObserver"/>s;
/// <see cref="ActualsInStore"/> picks them from the store and <see cref="StoredActuals.Run"/> calls them in
/// registration order, once per save that stores something (again on a retry after a concurrent save).
/// </remarks>
public interface ISavedActualsObserver : ISaveObserver
{
    Task SavingAsync(IpponDb db, SavingActuals saving, CancellationToken ct);
}
