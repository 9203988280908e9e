using Ippon.Storage;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Plans;

/// <summary>The plan list: live plans, newest change first; archived ones only when asked.</summary>
public static class ListPlans
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/", async (PlanStore store, bool? archived, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(archived ?? false, ct)))
            .WithName("ListPlans").WithSummary("List plans (archived ones with ?archived=true)");

    public static async Task<List<PlanSummary>> Run(IpponDb db, bool includeArchived, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.LivePlans.AsNoTracking();
        if (!includeArchived) query = query.Where(p => !p.Archived);
        var plans = await query.OrderByDescending(p => p.UpdatedAt).ToListAsync(ct);
        return [.. plans.Select(PlanSummary.Of)];
    }
}
