using Ippon.Numbers;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Plans;

/// <summary>
/// The plan store's part for plans as a whole: the list, create (from a template or blank), import, duplicate, archive
/// and delete. Declared here, beside the functions it calls, so that the store names no slice; the pages call it on the
/// one store (<c>Store.CreateBlankAsync(…)</c>).
/// </summary>
public static class PlansInStore
{
    /// <summary>The plans of the list page with their KGI, target and findings.</summary>
    public static Task<List<PlanOverview>> OverviewsAsync(this PlanStore store, bool includeArchived, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => ListPlanOverviews.Run(db, includeArchived, ct), ct);
    }

    /// <summary>The plans' rows (archived ones too with <paramref name="includeArchived"/>), the latest saved first (<c>GET /api/plans</c>).</summary>
    public static Task<List<PlanSummary>> ListAsync(this PlanStore store, bool includeArchived, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => ListPlans.Run(db, includeArchived, ct), ct);
    }

    /// <summary>Creates a plan from a template or from plan file text (<c>POST /api/plans</c>).</summary>
    public static Task<Outcome<PlanSummary>> CreateAsync(this PlanStore store, CreatePlan.Request request, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => CreatePlan.Run(db, request, caller, store.Time, store.Limits, ct), ct);
    }

    public static Task<Outcome<PlanSummary>> CreateFromTemplateAsync(this PlanStore store, string template, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => CreatePlan.FromTemplate(db, template, caller, store.Time, store.Limits, ct), ct);
    }

    public static Task<Outcome<PlanSummary>> CreateBlankAsync(this PlanStore store, Caller caller, Language language, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => CreatePlan.Blank(db, caller, language, store.Time, store.Limits, ct), ct);
    }

    public static Task<Outcome<PlanSummary>> ImportAsync(this PlanStore store, string fileName, long size, Stream content, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => ImportPlan.Run(db, fileName, size, content, caller, store.Time, store.Limits, ct), ct);
    }

    public static Task<Outcome<PlanSummary>> DuplicateAsync(this PlanStore store, Guid id, Caller caller, Language language, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => DuplicatePlan.Run(db, id, caller, language, store.Time, store.Limits, ct), ct);
    }

    public static Task<Outcome<PlanSummary>> ArchiveAsync(this PlanStore store, Guid id, bool archive, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => ArchivePlan.Run(db, id, archive, caller, store.Time, ct), ct);
    }

    /// <summary>Deletes a plan (<paramref name="delete"/>) or brings a deleted one back.</summary>
    public static Task<Outcome<PlanSummary>> DeleteAsync(this PlanStore store, Guid id, bool delete, Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => DeletePlan.Run(db, id, delete, caller, store.Time, ct), ct);
    }
}
