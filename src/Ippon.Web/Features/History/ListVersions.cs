using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.History;

/// <summary>Every version of a plan, newest first.</summary>
public static class ListVersions
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}/versions", async (Guid id, IpponDb db, HttpContext http, CancellationToken ct) =>
                (await Run(db, id, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .WithName("ListVersions").WithSummary("Every version of a plan: who saved it, when, what changed")
            .Produces<List<VersionInfo>>().ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<List<VersionInfo>>> Run(IpponDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.LivePlans.AnyAsync(p => p.Id == id, ct)) return Failure.NotFound($"plan {id}");
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        return versions.Select(VersionInfo.Of).ToList();
    }
}
