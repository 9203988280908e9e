using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.History;

/// <summary>The history endpoints: versions, one version's text, compare two, restore one; each reads through the plan store.</summary>
public static class HistoryApi
{
    public static void MapHistoryApi(this RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:guid}/versions", async (Guid id, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.VersionsAsync(id, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .WithName("ListVersions").WithSummary("Every version of a plan: who saved it, when, what changed")
            .Produces<List<VersionInfo>>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{id:guid}/versions/{version:int}", async (Guid id, int version, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.LoadAsync(id, version, ct)).ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(GetPlan.Detail(p))))
            .WithName("GetVersion").WithSummary("One version's plan file text")
            .Produces<PlanDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{id:guid}/versions/compare", async (Guid id, int from, int to, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                return (await store.CompareAsync(id, from, to, language, ct)).ToHttp(language, c => TypedResults.Ok(c));
            })
            .WithName("CompareVersions").WithSummary("Which values changed between ?from=N and ?to=M")
            .Produces<Store.Comparison>().ProducesProblem(StatusCodes.Status404NotFound);
        RestoreVersion.Map(plans);
    }
}
