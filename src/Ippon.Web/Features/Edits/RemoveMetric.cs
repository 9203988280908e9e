using Ippon.Web.Features.Accounts;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Edits;

/// <summary>Removes a metric: refused while anything names it (<see cref="PlanReferences"/>), or with <c>?cascade=true</c> together with its removable references.</summary>
public static class RemoveMetric
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapDelete("/{id:guid}/metrics/{metric}", async (Guid id, string metric, [FromQuery(Name = "base_version")] int? baseVersion, bool? cascade, PlanStore store, HttpContext http, CancellationToken ct) =>
                SavePlan.Respond(await ApplyEdit.Run(store, id, p => Apply(p, metric, cascade == true), Caller.Of(http), baseVersion, ct), http))
            .RequireAuthorization(Access.Edit).WithName("RemoveMetric").WithSummary("Remove a metric that no formula, action or scenario uses (a new version)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>What names <paramref name="metricId"/>, for the page to show before removing it: the removable references go with it, the others refuse the removal.</summary>
    public static IReadOnlyList<PlanReferences.Reference> Preview(Plan plan, string metricId) => PlanReferences.ToMetric(plan, metricId);

    /// <summary>
    /// The plan without <paramref name="metricId"/>. Refused, with the list of what names it, while a formula or an
    /// action names it, and (unless <paramref name="cascade"/>) while anything names it; with
    /// <paramref name="cascade"/> scenario overrides, crm entries and allocations naming it go in the same change.
    /// </summary>
    public static Outcome<Plan> Apply(Plan plan, string metricId, bool cascade = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var metric = plan.Find(metricId);
        if (metric is null) return Failure.NotFound($"metric {metricId}");
        var references = PlanReferences.ToMetric(plan, metricId);
        var blocking = references.Where(r => !r.Removable || !cascade).ToList();
        if (blocking.Count > 0)
        {
            var ja = string.Join("、", blocking.Select(r => r.Text.In(Language.Ja)));
            var en = string.Join(", ", blocking.Select(r => r.Text.In(Language.En)));
            return Failure.Invalid(new FieldError($"metrics.{metricId}", new Message(
                $"{metric.Label} は {ja} が使っているため削除できません。先にそちらから外してください",
                $"{metric.Label} is used by {en}; remove it there first")));
        }
        return PlanText.Check(PlanReferences.WithoutMetric(plan, metricId)!);
    }
}
