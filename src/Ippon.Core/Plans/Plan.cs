using System.Collections.Immutable;
using Ippon.Dimensions;

namespace Ippon.Plans;

/// <summary>A whole plan as written in a plan file: the KGI, its KSFs and KPIs, the assumptions, the actions and the scenarios.</summary>
public sealed record Plan
{
    /// <summary>The plan's title: 年間売上1億円計画.</summary>
    public required string Title { get; init; }

    /// <summary>The vision above the KGI, as free text.</summary>
    public string? Vision { get; init; }

    /// <summary>The currency of money metrics without their own code; JPY by default.</summary>
    public string Currency { get; init; } = "JPY";

    /// <summary>Who wrote the plan, for the approval document.</summary>
    public string? Author { get; init; }

    public Horizon? Horizon { get; init; }

    public CheckSettings Checks { get; init; } = CheckSettings.Default;

    /// <summary>The metrics, in file order.</summary>
    public ImmutableArray<Metric> Metrics { get; init; } = [];

    /// <summary>The action plans, in file order.</summary>
    public ImmutableArray<ActionPlan> Actions { get; init; } = [];

    public ImmutableArray<Scenario> Scenarios { get; init; } = [];

    /// <summary>The teams whose hours actions share (<c>teams:</c>), in file order; empty for plans that check each action alone.</summary>
    public ImmutableArray<Team> Teams { get; init; } = [];

    /// <summary>The dimensions metrics can vary over (regions, reps), outermost first.</summary>
    public ImmutableArray<Dimension> Dimensions { get; init; } = [];

    /// <summary>Default weights per period for splitting targets over the horizon (a ramp-up: [1, 2, 3, 4]); empty for an even split.</summary>
    public ImmutableArray<decimal> Phasing { get; init; } = [];

    /// <summary>How to read a CRM export as actuals (the <c>crm:</c> section), or null.</summary>
    public CrmMapping? Crm { get; init; }

    /// <summary>False when the plan's <c>forecast: { defaults: none }</c> turns off the forecast's default uncertainty (rate priors, chance in counts).</summary>
    public bool ForecastDefaults { get; init; } = true;

    /// <summary>Earlier re-plans: when, why, and which values changed.</summary>
    public ImmutableArray<Revision> Revisions { get; init; } = [];

    /// <summary>The columns of dimension CSVs that name metrics (set by the plan reader; their values are in the metrics already).</summary>
    public ImmutableArray<DimensionColumn> DimensionColumns { get; init; } = [];

    /// <summary>The metric with <paramref name="id"/>, or null.</summary>
    public Metric? Find(string id) => Metrics.FirstOrDefault(m => m.Id == id);

    /// <summary>The action with <paramref name="id"/>, or null.</summary>
    public ActionPlan? FindAction(string id) => Actions.FirstOrDefault(a => a.Id == id);

    /// <summary>The team with <paramref name="id"/>, or null.</summary>
    public Team? FindTeam(string id) => Teams.FirstOrDefault(t => t.Id == id);

    /// <summary>The scenario called <paramref name="name"/>, or null.</summary>
    public Scenario? FindScenario(string name) => Scenarios.FirstOrDefault(s => s.Name == name);

    /// <summary>The dimension called <paramref name="name"/>, or null.</summary>
    public Dimension? FindDimension(string name) => Dimensions.FirstOrDefault(d => d.Name == name);

    /// <summary>The other metrics whose formula reads metric <paramref name="id"/>, in file order: the metric's parents in the tree.</summary>
    public IEnumerable<Metric> ReadersOf(string id) => Metrics.Where(m => m.Id != id && m.Formula?.References.Contains(id) == true);

    /// <summary>The actions whose <c>drives:</c> is metric <paramref name="id"/>, in file order.</summary>
    public IEnumerable<ActionPlan> ActionsDriving(string id) => Actions.Where(a => a.Drives == id);

    /// <summary>The single KGI, or null when there is none or more than one.</summary>
    public Metric? Kgi
    {
        get
        {
            var kgis = Metrics.Where(m => m.Role == MetricRole.Kgi).Take(2).ToList();
            return kgis.Count == 1 ? kgis[0] : null;
        }
    }

    /// <summary>A copy with <paramref name="overrides"/> applied: each sets a metric's planned value or its target.</summary>
    public Plan With(IEnumerable<ScenarioOverride> overrides)
    {
        var metrics = Metrics.ToBuilder();
        foreach (var o in overrides)
        {
            var i = -1;
            for (var j = 0; j < metrics.Count && i < 0; j++)
                if (metrics[j].Id == o.Metric) i = j;
            if (i < 0) continue;
            var m = metrics[i];
            metrics[i] = m with
            {
                Value = o.Value ?? m.Value,
                Target = o.Target ?? m.Target,
                MemberValues = o.Value is null ? m.MemberValues : ImmutableDictionary<string, decimal>.Empty,
            };
        }
        return this with { Metrics = metrics.ToImmutable() };
    }
}
