using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Comparison;

/// <summary>Scenarios side by side: each metric's target and planned value per scenario, and each KPI (must hit) next to its OKR stretch (try for).</summary>
/// <remarks>
/// <c>base</c> is the plan as written, without overrides, unless the plan defines a scenario of that name. Each
/// scenario is read as a plan (<see cref="CalculationOptions.ForScenario"/>): its targets include what its actions must
/// bring (the stretch's leads are targeted at its 2,000), so its volumes and loads are its own.
/// </remarks>
public sealed record ScenarioComparison(Plan Plan, ImmutableArray<ComparedScenario> Scenarios, ImmutableArray<StretchGoal> Stretches)
{
    /// <summary>The name that means the plan without overrides.</summary>
    public const string Base = "base";

    /// <summary>True when any scenario's calculation has error findings.</summary>
    public bool HasErrors => Scenarios.Any(s => s.Result.HasErrors);

    /// <summary>Compares <paramref name="names"/> (base and every scenario of the plan when empty); an unknown name is returned in <paramref name="unknown"/> and nothing is compared.</summary>
    public static ScenarioComparison? Run(Plan plan, IReadOnlyList<string> names, out Message? unknown)
    {
        unknown = null;
        var wanted = names.Count > 0 ? names.Distinct().ToList() : [Base, .. plan.Scenarios.Select(s => s.Name).Where(n => n != Base)];
        var missing = wanted.Where(n => n != Base && plan.FindScenario(n) is null).ToList();
        if (missing.Count > 0)
        {
            var known = string.Join(", ", new[] { Base }.Concat(plan.Scenarios.Select(s => s.Name)).Distinct());
            unknown = new Message(
                $"シナリオ {string.Join(", ", missing.Select(m => $"'{m}'"))} はありません。この計画のシナリオ: {known}",
                $"no scenario {string.Join(", ", missing.Select(m => $"'{m}'"))}; the plan has: {known}");
            return null;
        }
        var scenarios = wanted.Select(name =>
        {
            var scenario = plan.FindScenario(name);
            var options = scenario is null
                ? CalculationOptions.None with { ScenarioName = name }
                : CalculationOptions.ForScenario(scenario);
            return new ComparedScenario(name, scenario?.Description, scenario is null, PlanCalculator.Calculate(plan, options));
        }).ToImmutableArray();
        return new ScenarioComparison(plan, scenarios, Stretch(plan, scenarios));
    }

    // For each metric a scenario sets, the base's number (must hit) and the scenario's (try for).
    static ImmutableArray<StretchGoal> Stretch(Plan plan, ImmutableArray<ComparedScenario> scenarios)
    {
        var baseline = scenarios.FirstOrDefault(s => s.IsBase)?.Result ?? PlanCalculator.Calculate(plan);
        var goals = ImmutableArray.CreateBuilder<StretchGoal>();
        foreach (var s in scenarios.Where(s => !s.IsBase))
        {
            foreach (var o in plan.FindScenario(s.Name)?.Overrides ?? [])
            {
                if (baseline.Metric(o.Metric) is not { } b || s.Result.Metric(o.Metric) is not { } r) continue;
                goals.Add(new StretchGoal(s.Name, o.Metric,
                    o.Target is not null ? b.Target : b.Target ?? b.PlannedValue,
                    o.Target is not null ? r.Target : r.PlannedValue,
                    baseline.Kgi?.PlannedValue, s.Result.Kgi?.PlannedValue));
            }
        }
        return goals.ToImmutable();
    }
}
