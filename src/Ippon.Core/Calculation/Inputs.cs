using System.Runtime.CompilerServices;
using Ippon.Dimensions;
using Ippon.Formulas;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>The planned value of an input cell as the plan gives it: the member's own value, the metric's value, or none.</summary>
static class Inputs
{
    /// <summary>The value written for cell <paramref name="k"/> of input metric <paramref name="m"/>, or null.</summary>
    public static decimal? Written(PlanModel model, int m, int k)
    {
        var metric = model.Metrics[m];
        return metric.MemberValues.IsEmpty ? metric.Value : CellsOf(model, m).Values[k];
    }

    /// <summary>True when <paramref name="metric"/> has a planned value of its own (an assumption or planned input).</summary>
    public static bool HasValue(Metric metric) => metric.Value is not null || !metric.MemberValues.IsEmpty;

    /// <summary>The explicit target of cell <paramref name="k"/>: the member's own target, or the metric's.</summary>
    public static decimal? ExplicitTarget(PlanModel model, int m, int k)
    {
        var metric = model.Metrics[m];
        return metric.MemberTargets.IsEmpty ? metric.Target : CellsOf(model, m).Targets[k];
    }

    // A metric's members' own values and targets laid out cell by cell, looked up by label once per metric and shape
    // rather than once per cell and pass: plans are immutable, so an edit of one metric keeps the others' cells (a
    // 10,000-rep win rate is not looked up 30,000 times again when the deal rate is typed).
    static readonly ConditionalWeakTable<Metric, MemberCells> s_cells = new();

    sealed record MemberCells(Shape Shape, decimal?[] Values, decimal?[] Targets);

    static MemberCells CellsOf(PlanModel model, int m)
    {
        var metric = model.Metrics[m];
        var shape = model.Shapes[m];
        if (s_cells.TryGetValue(metric, out var kept) && kept.Shape.SameAs(shape)) return kept;
        var values = new decimal?[shape.Size];
        var targets = new decimal?[shape.Size];
        for (var k = 0; k < shape.Size; k++)
        {
            var label = shape.Label(k);
            values[k] = metric.MemberValues.TryGetValue(label, out var v) ? v : metric.Value;
            targets[k] = metric.MemberTargets.TryGetValue(label, out var t) ? t : metric.Target;
        }
        var cells = new MemberCells(shape, values, targets);
        s_cells.AddOrUpdate(metric, cells);
        return cells;
    }

    /// <summary>Fills the cells of every input metric and evaluates every formula, in dependency order.</summary>
    /// <param name="leaf">The planned value of an input cell that has no value of its own (planned at its target), or null.</param>
    public static void Forward(PlanModel model, Formulas.Evaluation.Cells cells, Func<int, int, decimal?> leaf)
    {
        foreach (var m in model.Graph.Order) Evaluate(model, cells, m, leaf);
    }

    /// <summary>Computes the cells of one metric from its inputs.</summary>
    public static void Evaluate(PlanModel model, Formulas.Evaluation.Cells cells, int m, Func<int, int, decimal?> leaf)
    {
        var metric = model.Metrics[m];
        var size = model.Shapes[m].Size;
        if (model.Broken.TryGetValue(m, out var error))
        {
            cells.Fail(m, error);
            return;
        }
        if (model.Nodes[m] is { } node)
        {
            var result = node.All(size, cells, cells.Values[m]);
            cells.Errors[m] = result.Errors;
            return;
        }
        if (metric.Formula is not null)
        {
            cells.Fail(m, FormulaError.Ref);
            return;
        }
        // The members' values resolved once for the metric, not looked up again for each of its cells.
        var written = metric.MemberValues.IsEmpty ? null : CellsOf(model, m).Values;
        for (var k = 0; k < size; k++)
        {
            var v = (written is null ? metric.Value : written[k]) ?? leaf(m, k);
            cells.Set(m, k, v is { } x ? new FormulaValue(x) : FormulaValue.Fail(FormulaError.Missing));
        }
    }
}
