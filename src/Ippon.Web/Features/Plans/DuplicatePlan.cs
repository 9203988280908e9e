using Ippon.Web.Features.Accounts;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Plans;

/// <summary>Copies a plan's latest version into a new plan titled "… (コピー)".</summary>
public static class DuplicatePlan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/duplicate", async (Guid id, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var copy = await store.DuplicateAsync(id, Caller.Of(http), language, ct);
                return copy.ToHttp(language, p => TypedResults.Created($"/api/plans/{p.Id}", p));
            })
            .RequireAuthorization(Access.Plan).WithName("DuplicatePlan").WithSummary("Copy a plan into a new plan")
            .Produces<PlanSummary>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<PlanSummary>> Run(IpponDb db, Guid id, Caller caller, Language language, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        var source = await LoadPlan.Run(db, id, null, ct);
        if (!source.Ok) return source.Failure;
        var title = source.Value.Plan.Title + language.T(" (コピー)", " (copy)");
        var yaml = PlanText.Write(source.Value.Plan with { Title = title });
        return await CreatePlan.Store(db, yaml, caller,
            $"「{source.Value.Plan.Title}」v{source.Value.Version.Number} の複製 / copy of v{source.Value.Version.Number}", time, limits, ct);
    }
}
