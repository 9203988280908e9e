using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Plans;

namespace Ippon.Tests;

/// <summary>Small builders for the plans engine tests arrange, and shortcuts to calculate them.</summary>
public static class TestPlans
{
    /// <summary>A plan of <paramref name="metrics"/> and <paramref name="actions"/> over the fiscal year 2026.</summary>
    public static Plan Of(IEnumerable<Metric> metrics, IEnumerable<ActionPlan>? actions = null) => new()
    {
        Title = "テスト計画",
        Horizon = new Horizon(new DateOnly(2026, 4, 1), SeedPlan.FiscalYearEnd, PeriodKind.Quarter),
        Metrics = [.. metrics],
        Actions = [.. actions ?? []],
    };

    /// <summary>An action with an owner and a due date, so that only what a test sets can raise findings.</summary>
    public static ActionPlan Action(string id, string drives, decimal? perUnit = null, decimal? volume = null,
        decimal? share = null, Capacity? capacity = null, string? owner = "営業部") => new()
    {
        Id = id,
        Name = id,
        Owner = owner,
        Drives = drives,
        PerUnit = perUnit,
        Volume = volume,
        Share = share,
        Capacity = capacity,
        Due = SeedPlan.FiscalYearEnd,
    };

    /// <summary>A copy of <paramref name="plan"/> with metric <paramref name="id"/> changed by <paramref name="change"/>.</summary>
    public static Plan WithMetric(this Plan plan, string id, Func<Metric, Metric> change)
    {
        Assert.NotNull(plan.Find(id));
        return plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == id ? change(m) : m)] };
    }

    /// <summary>A copy of <paramref name="plan"/> with action <paramref name="id"/> changed by <paramref name="change"/>.</summary>
    public static Plan WithAction(this Plan plan, string id, Func<ActionPlan, ActionPlan> change)
    {
        Assert.NotNull(plan.FindAction(id));
        return plan with { Actions = [.. plan.Actions.Select(a => a.Id == id ? change(a) : a)] };
    }

    /// <summary>A copy of <paramref name="plan"/> with the formula of <paramref name="id"/> replaced.</summary>
    public static Plan WithFormula(this Plan plan, string id, string formula) =>
        plan.WithMetric(id, m => m with { Formula = Formula.Parse(formula).Value ?? throw new ArgumentException(formula) });

    /// <summary>Calculates <paramref name="plan"/> with <paramref name="sets"/> applied as --set would.</summary>
    public static PlanResult Calculate(this Plan plan, params (string Id, decimal Value)[] sets)
    {
        var overrides = sets.Select(s =>
        {
            var metric = plan.Find(s.Id) ?? throw new ArgumentException(s.Id);
            return metric.Formula is null ? new ScenarioOverride(s.Id, s.Value, null) : new ScenarioOverride(s.Id, null, s.Value);
        });
        return PlanCalculator.Calculate(plan, new CalculationOptions { Overrides = [.. overrides] });
    }

    /// <summary>The findings of <paramref name="rule"/>.</summary>
    public static List<Finding> Of(this PlanResult result, Rule rule) => [.. result.Findings.Where(f => f.Rule == rule)];

    /// <summary>The one finding of <paramref name="rule"/>; fails when there is none or more than one.</summary>
    public static Finding One(this PlanResult result, Rule rule) => Assert.Single(result.Of(rule));

    /// <summary>The target of metric <paramref name="id"/>.</summary>
    public static decimal? Target(this PlanResult result, string id) => (result.Metric(id) ?? throw new ArgumentException(id)).Target;

    /// <summary>The planned value of metric <paramref name="id"/>.</summary>
    public static decimal? Planned(this PlanResult result, string id) => (result.Metric(id) ?? throw new ArgumentException(id)).PlannedValue;
}
