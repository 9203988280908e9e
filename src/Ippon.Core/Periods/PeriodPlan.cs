using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Formulas;
using Ippon.Formulas.Evaluation;
using Ippon.Plans;

namespace Ippon.Periods;

/// <summary>A calculated plan split over its periods: every metric's target and planned value per quarter (or month, half, year).</summary>
/// <remarks>
/// <para>Each quantity is split by weights: its own <c>phasing:</c>; else the profile of the metrics its formula reads
/// (deals = leads × deal_rate follow the ramp-up of leads, and a sum follows its parts in proportion); else the
/// plan's <c>phasing:</c>; else evenly. Counts are split in whole units that add up to the total.</para>
/// <para>Quality metrics (rates, unit prices) are not split: each period holds the plan's value.</para>
/// </remarks>
public sealed class PeriodPlan
{
    PeriodPlan(PeriodCalendar calendar, ImmutableArray<MetricPeriods> metrics)
    {
        Calendar = calendar;
        Metrics = metrics;
    }

    public PeriodCalendar Calendar { get; }

    /// <summary>Every metric, in plan order.</summary>
    public ImmutableArray<MetricPeriods> Metrics { get; }

    /// <summary>The metric with <paramref name="id"/>, or null.</summary>
    public MetricPeriods? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id);

    /// <summary>The same calendar with other per-period numbers (the review's plan once re-plans were adopted).</summary>
    internal PeriodPlan With(ImmutableArray<MetricPeriods> metrics) => new(Calendar, metrics);

    /// <summary>Splits <paramref name="result"/> over the periods of <paramref name="calendar"/>.</summary>
    public static PeriodPlan Build(PlanResult result, PeriodCalendar calendar)
    {
        var model = result.Model;
        var n = model.Metrics.Length;
        var count = calendar.Count;
        var planPhasing = result.Plan.Phasing;
        var weights = new decimal[n][];
        var sources = new PhasingSource[n];

        // One set of cells per period holding each metric's profile value (its planned value times its weight),
        // so that a formula evaluated on them gives the shape of its own metric over the periods.
        var profile = new Cells[count];
        for (var p = 0; p < count; p++) profile[p] = new Cells(model.Shapes);

        foreach (var m in model.Graph.Order)
        {
            var r = result.Metrics[m];
            if (r.Kind == MetricKind.Quality)
            {
                sources[m] = PhasingSource.Constant;
                weights[m] = new decimal[count];
                for (var p = 0; p < count; p++) SetCells(profile[p], m, r, 1m);
                continue;
            }
            var metric = model.Metrics[m];
            if (PeriodSplit.IsUsable(metric.Phasing, count))
            {
                (weights[m], sources[m]) = (PeriodSplit.Weights(metric.Phasing, count), PhasingSource.Metric);
            }
            else if (model.Nodes[m] is { } node && FromInputs(node, r, profile) is { } inherited)
            {
                (weights[m], sources[m]) = (inherited, PhasingSource.Inputs);
            }
            else if (PeriodSplit.IsUsable(planPhasing, count))
            {
                (weights[m], sources[m]) = (PeriodSplit.Weights(planPhasing, count), PhasingSource.Plan);
            }
            else
            {
                (weights[m], sources[m]) = (PeriodSplit.Weights([], count), PhasingSource.Even);
            }
            for (var p = 0; p < count; p++) SetCells(profile[p], m, r, weights[m][p]);
        }

        var metrics = ImmutableArray.CreateBuilder<MetricPeriods>(n);
        for (var m = 0; m < n; m++)
        {
            var r = result.Metrics[m];
            var unit = r.Metric.Unit;
            ImmutableArray<decimal?> Parts(decimal? total) => total is not { } t
                ? [.. Enumerable.Repeat<decimal?>(null, count)]
                : sources[m] == PhasingSource.Constant
                    ? [.. Enumerable.Repeat<decimal?>(t, count)]
                    : [.. PeriodSplit.Split(t, weights[m], unit).Select(v => (decimal?)v)];
            metrics.Add(new MetricPeriods(r, sources[m], [.. weights[m]], Parts(r.Target), Parts(r.PlannedValue)));
        }
        return new PeriodPlan(calendar, metrics.MoveToImmutable());
    }

    static void SetCells(Cells cells, int m, MetricResult r, decimal weight)
    {
        for (var k = 0; k < r.Planned.Length; k++)
            cells.Set(m, k, r.Planned[k] is { } v ? new FormulaValue(v * weight) : FormulaValue.Fail(FormulaError.Missing));
    }

    // The weights a computed quantity inherits: its formula evaluated per period on its inputs' profiles, normalised.
    static decimal[]? FromInputs(Node node, MetricResult r, Cells[] profile)
    {
        var totals = new decimal[profile.Length];
        for (var p = 0; p < profile.Length; p++)
        {
            for (var k = 0; k < r.Planned.Length; k++)
            {
                var v = node.At(k, profile[p], Override.None);
                if (v.IsError || v.Value < 0) return null;
                totals[p] += v.Value;
            }
        }
        var sum = totals.Sum();
        if (sum <= 0) return null;
        return totals.Select(t => t / sum).ToArray();
    }
}
