using Ippon.Storage;
using Ippon.Web.Features.Actuals;

namespace Ippon.Web.Features.Notifications;

/// <summary>Saved actuals that move a KPI's landing below its target queue its alert, committed with the actuals or not at all (<see cref="KpiAlerts.QueueAsync"/>).</summary>
public sealed class KpiAlertsOnActuals : ISavedActualsObserver
{
    public async Task SavingAsync(IpponDb db, SavingActuals saving, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(saving);
        await KpiAlerts.QueueAsync(db, saving.PlanId, saving.Plan, saving.Before, saving.Changes, saving.Caller, saving.At, ct);
    }
}
