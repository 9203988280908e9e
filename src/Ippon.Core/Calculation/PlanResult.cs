using System.Collections.Immutable;
using Ippon.Checks;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>A calculated plan: every metric's target and planned value, every action's volume, and the checks' findings.</summary>
public sealed class PlanResult
{
    internal PlanResult(Plan plan, PlanModel model, ImmutableArray<MetricResult> metrics, ImmutableArray<ActionResult> actions, ImmutableArray<Finding> findings, string? scenario)
    {
        Plan = plan;
        Model = model;
        Metrics = metrics;
        Actions = actions;
        Findings = findings;
        Scenario = scenario;
    }

    /// <summary>The plan as calculated (scenario and --set overrides applied).</summary>
    public Plan Plan { get; }

    /// <summary>The compiled model: graph, shapes, formulas.</summary>
    public PlanModel Model { get; }

    /// <summary>The metrics, in plan order.</summary>
    public ImmutableArray<MetricResult> Metrics { get; }

    /// <summary>The actions, in plan order.</summary>
    public ImmutableArray<ActionResult> Actions { get; }

    /// <summary>The teams' loads (empty for a plan without <c>teams:</c>).</summary>
    public ImmutableArray<TeamLoad> Teams { get; internal init; } = [];

    /// <summary>The load of the team with <paramref name="id"/>.</summary>
    public TeamLoad? Team(string id) => Teams.FirstOrDefault(t => t.Id == id);

    /// <summary>Every finding, errors first.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The scenario calculated, if any.</summary>
    public string? Scenario { get; }

    /// <summary>True when any finding is an error (the exit code is then 1).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The metric with <paramref name="id"/>.</summary>
    public MetricResult? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id);

    /// <summary>The action with <paramref name="id"/>.</summary>
    public ActionResult? Action(string id) => Actions.FirstOrDefault(a => a.Id == id);

    /// <summary>The results of the other metrics whose formula reads metric <paramref name="id"/>, in plan order (<see cref="Plan.ReadersOf"/>).</summary>
    public IEnumerable<MetricResult> ReadersOf(string id) => Metrics.Where(m => m.Id != id && m.Metric.Formula?.References.Contains(id) == true);

    /// <summary>The results of the actions whose <c>drives:</c> is metric <paramref name="id"/>, in plan order (<see cref="Plan.ActionsDriving"/>).</summary>
    public IEnumerable<ActionResult> ActionsDriving(string id) => Actions.Where(a => a.Action.Drives == id);

    /// <summary>The KGI's result, if the plan has exactly one KGI.</summary>
    public MetricResult? Kgi => Model.Kgi >= 0 ? Metrics[Model.Kgi] : null;

    /// <summary>The findings about <paramref name="subject"/> (a metric or action id).</summary>
    public IEnumerable<Finding> FindingsFor(string subject) => Findings.Where(f => f.Subject == subject);
}
