using Ippon.Files.Changes;
using Ippon.Storage;
using Ippon.Storage.Audit;
using Ippon.Web.Features.Accounts;

namespace Ippon.Web.Features.Store;

/// <summary>Writes the audit trail: one entry per changed value, added to the same unit of work (transaction) as the change.</summary>
public static class AuditTrail
{
    /// <summary>Every input a save changed, field by field (<see cref="PlanDiff.Inputs"/>).</summary>
    /// <param name="changes">The save's diff (<c>PlanDiff.Inputs</c>), computed once for the scope, the summary and this trail.</param>
    public static void PlanChanges(IpponDb db, StoredPlan plan, string title, IEnumerable<Change> changes, Caller caller, DateTime now, int version)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        foreach (var c in changes)
            db.AuditEntries.Add(new AuditEntry(plan.Id, title, now, caller.Name, "plan", c.Subject, c.Field, c.From, c.To, version));
    }

    /// <summary>One actual set, changed or cleared: subject <c>period/metric</c>.</summary>
    public static void Actual(IpponDb db, Guid planId, string? title, string period, string metric, decimal? from, decimal? to, Caller caller, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        if (from == to) return;
        db.AuditEntries.Add(new AuditEntry(planId, title, now, caller.Name, "actual", $"{period}/{metric}", "actual",
            from is { } f ? Ippon.Reporting.Json.Normalize(f).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            to is { } t ? Ippon.Reporting.Json.Normalize(t).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, null));
    }

    /// <summary>A plan created, imported, duplicated, archived, deleted or restored.</summary>
    public static void Lifecycle(IpponDb db, StoredPlan plan, string what, Caller caller, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(caller);
        db.AuditEntries.Add(new AuditEntry(plan.Id, plan.Title, now, caller.Name, "lifecycle", "plan", what, null, null, plan.LatestVersion));
    }
}
