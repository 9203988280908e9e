using Ippon.Calculation;
using Ippon.Files.Changes;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.History;

/// <summary>Compares two versions of a plan: which values changed, and what that did to the targets.</summary>
public static class CompareVersions
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}/versions/compare", async (Guid id, int from, int to, IpponDb db, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                return (await Run(db, id, from, to, language, ct)).ToHttp(language, c => TypedResults.Ok(c));
            })
            .WithName("CompareVersions").WithSummary("Which values changed between ?from=N and ?to=M")
            .Produces<Comparison>().ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Comparison>> Run(IpponDb db, Guid id, int from, int to, Language language, CancellationToken ct)
    {
        var a = await LoadPlan.Run(db, id, from, ct);
        if (!a.Ok) return a.Failure;
        var b = await LoadPlan.Run(db, id, to, ct);
        if (!b.Ok) return b.Failure;
        return new Comparison(from, to,
            PlanDiff.Inputs(a.Value.Plan, b.Value.Plan),
            PlanDiff.Results(PlanCalculator.Calculate(a.Value.Plan), PlanCalculator.Calculate(b.Value.Plan), language));
    }
}
