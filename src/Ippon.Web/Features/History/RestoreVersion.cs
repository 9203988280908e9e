using Ippon.Web.Features.Accounts;
using Ippon.Storage;
using Ippon.Web.Features.Editing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.History;

/// <summary>Restores an earlier version as a new version (the history itself is never rewritten).</summary>
public static class RestoreVersion
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/versions/{version:int}/restore", async (Guid id, int version, [FromQuery(Name = "base_version")] int? baseVersion, IpponDb db, HttpContext http, TimeProvider time, CancellationToken ct) =>
                ApplyEdit.Respond(await Run(db, id, version, Caller.Of(http), baseVersion, time, ct), http))
            .RequireAuthorization(Access.Plan).WithName("RestoreVersion").WithSummary("Save an earlier version's content as a new version")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Saved>> Run(IpponDb db, Guid id, int version, Caller caller, int? baseVersion, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanManagePlans) return Forbidden.Plan;
        var old = await LoadPlan.Run(db, id, version, ct);
        if (!old.Ok) return old.Failure;
        var file = PlanText.ReadFile(old.Value.Version.Yaml, null);
        if (!file.Ok) return file.Failure;
        return await SavePlan.Run(db, id, file.Value, caller,
            $"v{version} を復元 / restored v{version}", baseVersion, time, ct);
    }
}
