using Ippon.Web.Features.Accounts;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Editing;

/// <summary>Removes a metric nothing else uses (no formula, action or scenario names it).</summary>
public static class RemoveMetric
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapDelete("/{id:guid}/metrics/{metric}", async (Guid id, string metric, [FromQuery(Name = "base_version")] int? baseVersion, IpponDb db, HttpContext http, TimeProvider time, CancellationToken ct) =>
                ApplyEdit.Respond(await ApplyEdit.Run(db, id, p => Apply(p, metric), Caller.Of(http), baseVersion, time, ct), http))
            .RequireAuthorization(Access.Edit).WithName("RemoveMetric").WithSummary("Remove a metric that no formula, action or scenario uses (a new version)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static Outcome<Plan> Apply(Plan plan, string metricId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var metric = plan.Find(metricId);
        if (metric is null) return Failure.NotFound($"metric {metricId}");
        var users = plan.Metrics.Where(m => m.Formula?.References.Contains(metricId) == true).Select(m => m.Label)
            .Concat(plan.Actions.Where(a => a.Drives == metricId).Select(a => a.Label))
            .Concat(plan.Scenarios.Where(s => s.Overrides.Any(o => o.Metric == metricId)).Select(s => s.Name))
            .ToList();
        if (users.Count > 0)
        {
            var list = string.Join(", ", users);
            return Failure.Invalid(new FieldError($"metrics.{metricId}", new Message(
                $"{metric.Label} は {list} が使っているため削除できません。先にそちらから外してください",
                $"{metric.Label} is used by {list}; remove it there first")));
        }
        return PlanText.Check(plan with { Metrics = [.. plan.Metrics.Where(m => m.Id != metricId)] });
    }
}
