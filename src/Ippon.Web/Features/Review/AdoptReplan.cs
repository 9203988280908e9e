using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Actuals;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Review;

/// <summary>
/// Adopts a review's re-plan as a new version: the observed rates replace the assumed ones in the plan file (edited
/// in place, comments kept) and a revision records when, why and from what to what — what <c>ippon review
/// --write-revision</c> writes to a file.
/// </summary>
public static class AdoptReplan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/review/adopt", async (Guid id, [FromQuery(Name = "as_of")] string? asOf, [FromQuery(Name = "base_version")] int? baseVersion, PlanStore store, HttpContext http, TimeProvider time, CancellationToken ct) =>
                SavePlan.Respond(await Run(store, id, asOf, Caller.Of(http), baseVersion, RequestLanguage.Of(http), time, ct), http))
            .RequireAuthorization(Access.Edit).WithName("AdoptReplan").WithSummary("Save the review's re-plan (observed rates in place of assumed ones, and a revision) as a new version")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Saved>> Run(PlanStore store, Guid id, string? asOf, Caller caller, int? baseVersion, Language language, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var loaded = await store.LoadAsync(id, null, ct);
        if (!loaded.Ok) return loaded.Failure;
        var review = ReviewPlan.Run(loaded.Value.Plan, await store.ActualsAsync(id, ct), asOf);
        if (!review.Ok) return review.Failure;
        var changes = ReplanChanges.Of(review.Value);
        if (changes.IsEmpty)
        {
            return Failure.Invalid("as_of", "実績から決まる率や単価が前提と同じため、再計画で変わるものはありません",
                "the observed rates and prices equal the assumed ones; the re-plan changes nothing");
        }
        var what = string.Join(language.T("、", ", "), changes.Select(c =>
        {
            var metric = review.Value.Plan.Find(c.Metric)!;
            return $"{metric.Label} {Formatter.Format(c.From, metric.Unit, language)} → {Formatter.Format(c.To, metric.Unit, language)}";
        }));
        var reason = language.T(
            $"{review.Value.AsOf.Label} レビュー: 実績で前提を更新 ({what})",
            $"{review.Value.AsOf.Label} review: assumptions updated from actuals ({what})");
        var revision = new Revision(DateOnly.FromDateTime(time.GetLocalNow().DateTime), reason, changes) { Period = review.Value.AsOf.Label, Author = caller.Name };
        var edited = PlanEditor.AppendRevision(loaded.Value.Version.Yaml, revision);
        if (!edited.Success) return Failure.Invalid(FieldError.From("yaml", edited.Errors[0]));
        var file = PlanText.ReadFile(edited.Value, null);
        if (!file.Ok) return file.Failure;
        return await store.SaveAsync(id, file.Value, caller, reason, baseVersion ?? loaded.Value.Version.Number, ct);
    }
}
