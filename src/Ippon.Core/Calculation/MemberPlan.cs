using System.Collections.Immutable;
using Ippon.Dimensions;
using Ippon.Formulas.Evaluation;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>One member's own plan cut out of a plan over dimensions: rep 田中's chain from their allocated target down, with their own rates.</summary>
/// <remarks>
/// <para>Each metric that varies over the member's dimension keeps the member's cell: its value, its explicit target.
/// A metric over a coarser dimension (a rep's region) keeps the region's value; metrics that do not vary are shared.
/// Totals over the members (<c>sum(rep_revenue)</c>) are left out: the member's top metric becomes the KGI, with
/// the target the whole plan allocated to the member.</para>
/// <para>The result is an ordinary plan without dimensions, so every command works on it: a per-member review
/// back-calculates the member's chain with the member's observed rates exactly as the plan does for the company.</para>
/// </remarks>
public static class MemberPlan
{
    /// <summary>The plan of member <paramref name="member"/> of <paramref name="dimension"/>, from the calculated <paramref name="whole"/>.</summary>
    /// <returns>The member's plan, and for each of its metrics the label of the member's cell in the whole plan (null for shared ones).</returns>
    public static (Plan Plan, IReadOnlyDictionary<string, string?> Cells) Project(PlanResult whole, Dimension dimension, int member)
    {
        var model = whole.Model;
        var n = model.Metrics.Length;
        var cellOf = new int?[n];
        var related = new bool[n];
        for (var m = 0; m < n; m++)
        {
            var slice = MemberSlice.Of(whole.Metrics[m], dimension, member);
            related[m] = !slice.Shared;
            if (!slice.Shared && slice.Cells.Count == 1) cellOf[m] = slice.Cells[0];
        }
        // Totals over the member's dimension (and what is computed from them) do not belong to one member.
        var total = new bool[n];
        foreach (var m in model.Graph.Order)
        {
            total[m] = (model.Nodes[m] is { } node && Aggregates(node, model, dimension))
                       || model.Graph.Inputs(m).Any(i => total[i])
                       || (related[m] && cellOf[m] is null);
        }
        var kept = Enumerable.Range(0, n).Where(m => !total[m]).ToHashSet();
        // The member's goal: the kept metric that feeds a total (rep_revenue into revenue), closest to the KGI.
        var top = kept
            .Where(m => related[m] && model.Graph.Dependents(m).Any(d => total[d]))
            .OrderBy(m => whole.Metrics[m].Metric.Role switch { MetricRole.Kgi => 0, MetricRole.Ksf => 1, MetricRole.Kpi => 2, _ => 3 })
            .ThenByDescending(m => model.Graph.Rank(m))
            .FirstOrDefault(-1);

        var metrics = ImmutableArray.CreateBuilder<Metric>();
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        var kgiDeadline = model.Kgi >= 0 ? model.Metrics[model.Kgi].Deadline : null;
        foreach (var m in Enumerable.Range(0, n).Where(kept.Contains))
        {
            var metric = model.Metrics[m];
            var r = whole.Metrics[m];
            cells[metric.Id] = cellOf[m] is { } c ? r.Shape.Label(c) : null;
            if (cellOf[m] is not { } cell)
            {
                metrics.Add(metric);
                continue;
            }
            var projected = metric with
            {
                By = [],
                MemberValues = ImmutableDictionary<string, decimal>.Empty,
                MemberTargets = ImmutableDictionary<string, decimal>.Empty,
                Allocation = null,
                Value = metric.Formula is null ? Inputs.Written(model, m, cell) : null,
                Target = Inputs.ExplicitTarget(model, m, cell),
            };
            if (m == top)
            {
                projected = projected with
                {
                    Role = MetricRole.Kgi,
                    Target = r.Targets[cell],
                    Deadline = metric.Deadline ?? kgiDeadline,
                };
            }
            metrics.Add(projected);
        }
        var ids = metrics.Select(x => x.Id).ToHashSet();
        var plan = whole.Plan with
        {
            Title = $"{whole.Plan.Title} — {dimension.Members[member]}",
            Dimensions = [],
            Metrics = metrics.ToImmutable(),
            Actions = [.. whole.Plan.Actions.Where(a => ids.Contains(a.Drives))],
            Scenarios = [.. whole.Plan.Scenarios.Select(s => s with { Overrides = [.. s.Overrides.Where(o => ids.Contains(o.Metric))] })],
        };
        return (plan, cells);
    }

    static bool Aggregates(Node node, PlanModel model, Dimension dimension) => node switch
    {
        ReduceNode r => r.InnerSize > 0 && Reads(r.Inner, model, dimension),
        _ => node.Children.Any(c => Aggregates(c, model, dimension)),
    };

    static bool Reads(Node node, PlanModel model, Dimension dimension) =>
        node is LoadNode l
            ? model.Shapes[l.Metric].Dims.Any(d => d.IsWithin(dimension) || dimension.IsWithin(d))
            : node.Children.Any(c => Reads(c, model, dimension));
}
