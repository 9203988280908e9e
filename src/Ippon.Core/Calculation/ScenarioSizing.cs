using System.Collections.Immutable;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>
/// The one rule that sizes actions under a scenario: a metric an action drives is targeted at least at what the
/// scenario plans for it. Used by <see cref="PlanCalculator"/> when <see cref="CalculationOptions.ActionsMeetThePlan"/>
/// is set (<c>ippon plan/check --scenario</c>, the API's <c>?scenario=</c>, the page's scenarios and 最適化).
/// </summary>
/// <remarks>
/// The engine sizes actions from targets, and a scenario like <c>stretch: { leads: 2000 }</c> sets a value, not a
/// target: calculated plainly, the stretch plans 2,000 leads while its webinars and articles stay sized for the base
/// plan's 1,000. So the scenario is calculated once, each driven metric whose plan exceeds its target gets that plan
/// as its target, and it is calculated again: 2,000 leads → 12 webinars and 24 articles, and the 200 deals those
/// leads bring → 20,000 calls (over the callers' capacity: the scenario's own finding).
/// </remarks>
static class ScenarioSizing
{
    /// <summary>The overrides with a target added for each driven metric planned above its target in <paramref name="first"/>, or null when none is.</summary>
    public static ImmutableArray<ScenarioOverride>? Raise(Plan plan, ImmutableArray<ScenarioOverride> overrides, PlanResult first)
    {
        var raised = overrides.ToBuilder();
        foreach (var metric in plan.Actions.Select(a => a.Drives).Distinct(StringComparer.Ordinal))
        {
            if (first.Metric(metric) is not { PlannedValue: { } planned, Target: { } target } || planned <= target) continue;
            // Appended, so it comes after the scenario's and --set's own overrides: it keeps their value, sets the target.
            raised.Add(new ScenarioOverride(metric, null, planned));
        }
        return raised.Count > overrides.Length ? raised.ToImmutable() : null;
    }
}
