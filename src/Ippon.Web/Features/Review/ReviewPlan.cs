using Ippon.Dimensions;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Reporting;
using Ippon.Review;
using Ippon.Sensitivity;
using Ippon.Storage;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Members;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Review;

/// <summary>The quarterly review of a stored plan against its stored actuals, by the review engine (the same as <c>ippon review</c>), and the sensitivity of its KGI.</summary>
public static class ReviewPlan
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:guid}/review", async (Guid id, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "as_of")] string? asOf, string? member, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var review = await store.ReviewAsync(id, asOf, member, ct);
                return review.ToHttp(language, r => TypedResults.Text(ReviewJson.Serialize(r, language), "application/json; charset=utf-8"));
            })
            .WithName("ReviewPlan").WithSummary("Plan vs actual per period, observed rates, landing forecast and re-planned targets (?as_of=Q2), of the whole plan or of one member (?member=田中: that rep's own plan against their own actuals): the JSON of `ippon review --json` / `ippon review --member 田中 --json`")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{id:guid}/sensitivity", async (Guid id, string? step, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var loaded = await store.LoadAsync(id, null, ct);
                if (!loaded.Ok) return loaded.Failure.ToProblem(language);
                var s = 0.1m;
                if (!string.IsNullOrWhiteSpace(step) && (!NumberText.TryParse(step, out s) || s <= 0 || s >= 1))
                    return Failure.Invalid("step", $"step は 0 より大きく 100% 未満です (例: 10%)。'{step}' は使えません", $"step is above 0 and below 100% (e.g. 10%), not '{step}'").ToProblem(language);
                return TypedResults.Text(SensitivityJson.Serialize(SensitivityAnalysis.Run(loaded.Value.Plan, s), language), "application/json; charset=utf-8");
            })
            .WithName("Sensitivity").WithSummary("Each input moved by ?step=10% both ways, ranked by its effect on the KGI: the JSON of `ippon sensitivity --json`")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        AdoptReplan.Map(plans);
        ForecastPlan.Map(plans);
    }

    /// <summary>Reviews plan <paramref name="id"/>'s latest version with its stored actuals: the whole plan, or member <paramref name="member"/>'s own review (as <c>ippon review --member</c>) when one is named.</summary>
    /// <returns>The review; or <c>member</c>: no dimension has that member (the command's message).</returns>
    public static async Task<Outcome<ReviewResult>> Run(IpponDb db, Guid id, string? asOf, string? member, CancellationToken ct)
    {
        var loaded = await LoadPlan.Run(db, id, null, ct);
        if (!loaded.Ok) return loaded.Failure;
        var plan = loaded.Value.Plan;
        var rows = await StoredActuals.Read(db, id, ct);
        if (member is null) return Run(plan, rows, asOf);
        if (MemberLookup.Find(plan, member.Trim()) is not { } found)
        {
            var why = MemberLookup.NotFound(plan, member.Trim());
            return Failure.Invalid("member", why.In(Language.Ja), why.In(Language.En));
        }
        return ReviewMember.Run(plan, rows, found.Dimension, found.Index, asOf);
    }

    /// <summary>Reviews <paramref name="plan"/> with <paramref name="rows"/> at <paramref name="asOf"/> (a period label; the last period with actuals when empty).</summary>
    public static Outcome<ReviewResult> Run(Plan plan, IReadOnlyList<ActualRow> rows, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var periods = ReviewPeriods.Of(plan, string.IsNullOrWhiteSpace(asOf) ? null : asOf).ToOutcome();
        if (!periods.Ok) return periods.Failure;
        var actuals = StoredActuals.ForReview(plan, rows);
        return PlanReview.Run(plan, periods.Value.Calendar, actuals, new ReviewOptions { AsOf = periods.Value.AsOf });
    }
}
