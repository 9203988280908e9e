using Ippon.Web.Features.Accounts;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Plans;

/// <summary>Archives a plan (hidden from the list, kept whole) or brings it back.</summary>
public static class ArchivePlan
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{id:guid}/archive", (Guid id, PlanStore store, HttpContext http, CancellationToken ct) => Handle(id, true, store, http, ct))
            .RequireAuthorization(Access.Plan).WithName("ArchivePlan").WithSummary("Archive a plan")
            .Produces<PlanSummary>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPost("/{id:guid}/unarchive", (Guid id, PlanStore store, HttpContext http, CancellationToken ct) => Handle(id, false, store, http, ct))
            .RequireAuthorization(Access.Plan).WithName("UnarchivePlan").WithSummary("Bring an archived plan back to the list")
            .Produces<PlanSummary>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<IResult> Handle(Guid id, bool archive, PlanStore store, HttpContext http, CancellationToken ct) =>
        (await store.ArchiveAsync(id, archive, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(p));

    public static async Task<Outcome<PlanSummary>> Run(IpponDb db, Guid id, bool archive, Caller caller, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.CanManagePlans) return Forbidden.Plan;
        var plan = await db.LivePlans.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Failure.NotFound($"plan {id}");
        var now = time.GetUtcNow().UtcDateTime;
        if (archive) plan.Archive(now);
        else plan.Unarchive(now);
        AuditTrail.Lifecycle(db, plan, archive ? "archived" : "unarchived", caller, now);
        await db.SaveChangesAsync(ct);
        return PlanSummary.Of(plan);
    }
}
