using Ippon.Web.Features.Accounts;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Plans;

/// <summary>Deletes a plan so that it can be undone: the plan is hidden, its versions and actuals stay until restored.</summary>
public static class DeletePlan
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapDelete("/{id:guid}", async (Guid id, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.DeleteAsync(id, true, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(p)))
            .RequireAuthorization(Access.Plan).WithName("DeletePlan").WithSummary("Delete a plan (undo with POST /api/plans/{id}/undelete)")
            .Produces<PlanSummary>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPost("/{id:guid}/undelete", async (Guid id, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.DeleteAsync(id, false, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(p)))
            .RequireAuthorization(Access.Plan).WithName("UndeletePlan").WithSummary("Undo the deletion of a plan")
            .Produces<PlanSummary>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Outcome<PlanSummary>> Run(IpponDb db, Guid id, bool delete, Caller caller, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.CanManagePlans) return Forbidden.Plan;
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == id && (delete ? p.DeletedAt == null : p.DeletedAt != null), ct);
        if (plan is null) return Failure.NotFound($"plan {id}");
        var now = time.GetUtcNow().UtcDateTime;
        if (delete) plan.Delete(now);
        else plan.Undelete(now);
        AuditTrail.Lifecycle(db, plan, delete ? "deleted" : "undeleted", caller, now);
        await db.SaveChangesAsync(ct);
        return PlanSummary.Of(plan);
    }
}
