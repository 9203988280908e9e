using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Plans;

/// <summary>One plan with its plan file text (the latest version, or <c>?version=N</c>); the ETag is the plan's revision.</summary>
public static class GetPlan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}", async (Guid id, int? version, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var loaded = await store.LoadAsync(id, version, ct);
                return loaded.ToHttp(RequestLanguage.Of(http), p =>
                {
                    var detail = Detail(p);
                    http.Response.Headers.ETag = detail.Plan.ETag;
                    return TypedResults.Ok(detail);
                });
            })
            .WithName("GetPlan").WithSummary("A plan and the text of its latest version (or ?version=N)")
            .Produces<PlanDetail>().ProducesProblem(StatusCodes.Status404NotFound);

    public static PlanDetail Detail(LoadedPlan p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PlanDetail(PlanSummary.Of(p.Stored), p.Version.Number, p.Version.Author, p.Version.SavedAt, p.Version.Summary, p.Version.Yaml);
    }
}
