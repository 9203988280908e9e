using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Web.Features.Scenarios;

/// <summary>
/// A scenario read as a plan of its own: what its numbers need from the actions (2,000 leads need what?), its
/// findings, and a name people read (ストレッチ, not <c>stretch</c>).
/// </summary>
public static class ScenarioPlan
{
    /// <summary>
    /// <paramref name="plan"/> calculated under <paramref name="scenario"/>, with the actions sized for what the scenario
    /// plans: a metric an action drives is targeted at least at its planned value in the scenario.
    /// </summary>
    /// <remarks>
    /// The engine sizes actions from targets, and a scenario like <c>stretch: { leads: 2000 }</c> sets a value, not a
    /// target: calculated plainly, the stretch plans 2,000 leads while its webinars and articles stay sized for the
    /// base plan's 1,000. So the scenario is calculated once, each driven metric whose plan exceeds its target gets that
    /// plan as its target, and it is calculated again: 2,000 leads → 12 webinars and 24 articles, and the 200 deals
    /// those leads bring → 20,000 calls (over the callers' capacity: the scenario's own finding).
    /// </remarks>
    public static PlanResult Calculate(Plan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var first = PlanCalculator.Calculate(plan, Options(scenario.Name, scenario.Overrides));
        var overrides = scenario.Overrides.ToDictionary(o => o.Metric, StringComparer.Ordinal);
        var raised = false;
        foreach (var metric in plan.Actions.Select(a => a.Drives).Distinct(StringComparer.Ordinal))
        {
            if (first.Metric(metric) is not { PlannedValue: { } planned, Target: { } target } || planned <= target) continue;
            overrides[metric] = overrides.TryGetValue(metric, out var o) ? o with { Target = planned } : new ScenarioOverride(metric, null, planned);
            raised = true;
        }
        return raised ? PlanCalculator.Calculate(plan, Options(scenario.Name, [.. overrides.Values])) : first;
    }

    static CalculationOptions Options(string name, System.Collections.Immutable.ImmutableArray<ScenarioOverride> overrides) =>
        new() { Overrides = overrides, ScenarioName = name };

    /// <summary>The scenario's name as people read it: the usual words for the usual ids (stretch → ストレッチ目標), else its own name (ストレッチ).</summary>
    public static string DisplayName(Scenario scenario, Language language)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Known.TryGetValue(scenario.Name.Trim().ToLowerInvariant(), out var name) ? name.In(language) : scenario.Name;
    }

    static readonly Dictionary<string, Message> Known = new(StringComparer.Ordinal)
    {
        ["stretch"] = new("ストレッチ目標", "Stretch goal"),
        ["base"] = new("基本計画", "Base plan"),
        ["conservative"] = new("保守的", "Conservative"),
        ["pessimistic"] = new("悲観", "Pessimistic"),
        ["optimistic"] = new("楽観", "Optimistic"),
    };
}
