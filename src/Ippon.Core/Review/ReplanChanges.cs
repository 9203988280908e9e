using System.Collections.Immutable;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>What adopting a review's re-plan changes in the plan file: the observed quality inputs, as revision changes.</summary>
public static class ReplanChanges
{
    /// <summary>The observed quality inputs, rounded the way a planner writes them (15%, 200万円), that differ from the plan.</summary>
    public static ImmutableArray<RevisionChange> Of(ReviewResult review) =>
    [
        .. review.Observed.Select(o =>
        {
            var metric = review.Plan.Find(o.Metric)!;
            var value = metric.Unit.Kind switch
            {
                UnitKind.Ratio => Math.Round(o.Value!.Value, 4, MidpointRounding.AwayFromZero),
                UnitKind.Currency => Math.Round(o.Value!.Value, metric.Unit.Text == "JPY" ? 0 : 2, MidpointRounding.AwayFromZero),
                _ => Math.Round(o.Value!.Value, 6, MidpointRounding.AwayFromZero),
            };
            return new RevisionChange(o.Metric, "value", review.Baseline.Metric(o.Metric)?.PlannedValue, value);
        }).Where(c => c.From != c.To),
    ];
}
