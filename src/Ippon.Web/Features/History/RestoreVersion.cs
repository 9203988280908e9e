using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.History;

/// <summary>Restores an earlier version as a new version (the history itself is never rewritten).</summary>
public static class RestoreVersion
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/versions/{version:int}/restore", async (Guid id, int version, [FromQuery(Name = "base_version")] int? baseVersion, PlanStore store, HttpContext http, CancellationToken ct) =>
                SavePlan.Respond(await Run(store, id, version, Caller.Of(http), baseVersion, ct), http))
            .RequireAuthorization(Access.Plan).WithName("RestoreVersion").WithSummary("Save an earlier version's content as a new version")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Saved>> Run(PlanStore store, Guid id, int version, Caller caller, int? baseVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanManagePlans) return Forbidden.Plan;
        var old = await store.LoadAsync(id, version, ct);
        if (!old.Ok) return old.Failure;
        var file = PlanText.ReadFile(old.Value.Version.Yaml, null);
        if (!file.Ok) return file.Failure;
        return await store.SaveAsync(id, file.Value, caller, $"v{version} を復元 / restored v{version}", baseVersion, ct);
    }
}
