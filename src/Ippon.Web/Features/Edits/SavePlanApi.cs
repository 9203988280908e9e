using Ippon.Files;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Edits;

/// <summary>PUT /api/plans/{id}: a whole plan file saved as the next version through the plan store (<see cref="SavePlan.Run"/>).</summary>
public static class SavePlanApi
{
    /// <param name="Yaml">The whole plan file.</param>
    /// <param name="Summary">What changed, in words; computed from the differences when absent.</param>
    /// <param name="BaseVersion">The version the edit started from.</param>
    public sealed record Request(string Yaml, string? Summary, int? BaseVersion);

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPut("/{id:guid}", async (Guid id, Request body, PlanStore store, HttpContext http, UploadLimits limits, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var yaml = body.Yaml is null ? body.Yaml : TextFile.StripBom(body.Yaml);
                var read = PlanText.ReadFile(yaml, limits);
                if (!read.Ok) return read.Failure.ToProblem(language);
                if (await SavePlan.Precondition(store, id, http, language, ct) is { } stale) return stale;
                return SavePlan.Respond(await store.SaveAsync(id, read.Value, Caller.Of(http), body.Summary, body.BaseVersion, ct), http);
            })
            .RequireAuthorization(Access.Edit).WithName("SavePlan").WithSummary("Save new plan file text as a new version (base_version or If-Match refuse a stale save)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
