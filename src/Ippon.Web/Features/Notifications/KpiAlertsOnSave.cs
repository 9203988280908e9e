using Ippon.Storage;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Notifications;

/// <summary>A plan's save that moves a KPI's landing below its target queues its alert, committed with the version or not at all (<see cref="KpiAlerts.QueuePlanAsync"/>).</summary>
public sealed class KpiAlertsOnSave : ISavedPlanObserver
{
    public async Task SavingAsync(IpponDb db, SavingPlan saving, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(saving);
        await KpiAlerts.QueuePlanAsync(db, saving.PlanId, saving.Before, saving.After, saving.Changes, saving.Version, saving.Caller, saving.At, ct);
    }
}
