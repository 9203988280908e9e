using Ippon.Storage;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.History;

/// <summary>The history endpoints: versions, one version's text, compare two, restore one.</summary>
public static class HistoryApi
{
    public static void MapHistoryApi(this RouteGroupBuilder plans)
    {
        ListVersions.Map(plans);
        plans.MapGet("/{id:guid}/versions/{version:int}", async (Guid id, int version, IpponDb db, HttpContext http, CancellationToken ct) =>
                (await LoadPlan.Run(db, id, version, ct)).ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(GetPlan.Detail(p))))
            .WithName("GetVersion").WithSummary("One version's plan file text")
            .Produces<PlanDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        CompareVersions.Map(plans);
        RestoreVersion.Map(plans);
    }
}
