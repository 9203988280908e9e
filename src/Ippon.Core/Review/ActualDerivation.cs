using Ippon.Calculation;
using Ippon.Formulas;
using Ippon.Formulas.BackSolving;
using Ippon.Formulas.Evaluation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>Completes a set of actuals through the plan's formulas: computes metrics whose inputs are all known, and back-solves the one unknown input of a formula whose result is known.</summary>
/// <remarks>
/// Observed win rate = actual orders ÷ actual deals is the formula <c>orders = deals * win_rate</c> solved for
/// win_rate with the actual values, by the same <see cref="BackSolver"/> the back-calculation uses. Nothing is ever
/// filled in from the plan: a metric stays unknown unless the actuals determine it. Scalar metrics only.
/// A value the actuals determine beyond ±10^18 (<see cref="NumberText.MaxMagnitude"/>, the range every written number
/// meets) stays unknown and is listed in <see cref="Derived.OutOfRange"/>: 2 orders out of 1e-28 deals made a win rate
/// of 2×10^28, whose attainment then overflowed (exit 3; found by <c>bench/fuzz.sh 84000 20261207</c>).
/// </remarks>
static class ActualDerivation
{
    public static Derived Derive(PlanModel model, decimal?[] given)
    {
        var n = model.Metrics.Length;
        var values = (decimal?[])given.Clone();
        var sources = given.Select(g => g is null ? ActualSource.None : ActualSource.Given).ToArray();
        var via = new int[n];
        Array.Fill(via, -1);
        var beyond = new SortedSet<int>();
        var cells = new Cells(model.Shapes);
        for (var m = 0; m < n; m++) Put(cells, m, values[m]);

        bool progress;
        do
        {
            progress = false;
            foreach (var m in model.Graph.Order)
            {
                if (values[m] is not null || model.Nodes[m] is not { } node || !model.Shapes[m].IsScalar) continue;
                if (model.Graph.Inputs(m).Any(i => values[i] is null)) continue;
                var v = node.At(0, cells, Override.None);
                if (v.IsError) continue;
                if (Math.Abs(v.Value) > NumberText.MaxMagnitude)
                {
                    beyond.Add(m);
                    continue;
                }
                (values[m], sources[m]) = (v.Value, ActualSource.Computed);
                Put(cells, m, v.Value);
                progress = true;
            }
            for (var m = 0; m < n; m++)
            {
                if (values[m] is not { } actual || model.Nodes[m] is not { } node || !model.Shapes[m].IsScalar) continue;
                var unknown = model.Graph.Inputs(m).Where(i => values[i] is null).ToList();
                if (unknown.Count != 1 || model.Broken.ContainsKey(unknown[0])) continue;
                var j = unknown[0];
                if (!model.Shapes[j].IsScalar) continue;
                var solved = BackSolver.Solve(node, 0, j, 0, actual, cells, model.Metrics[j].Unit.Kind != UnitKind.Number);
                if (!solved.Success) continue;
                if (Math.Abs(solved.Value.Value) > NumberText.MaxMagnitude)
                {
                    beyond.Add(j);
                    continue;
                }
                (values[j], sources[j], via[j]) = (solved.Value.Value, ActualSource.Solved, m);
                Put(cells, j, solved.Value.Value);
                progress = true;
            }
        }
        while (progress);
        return new Derived(values, sources, via, [.. beyond]);
    }

    /// <summary>Each metric's actual (null when unknown), where it came from, for a back-solved one the metric whose formula gave it (else -1), and the metrics whose value the actuals put beyond the range (left unknown).</summary>
    public sealed record Derived(decimal?[] Values, ActualSource[] Sources, int[] Via, int[] OutOfRange);

    static void Put(Cells cells, int m, decimal? value) =>
        cells.Set(m, 0, value is { } v ? new FormulaValue(v) : FormulaValue.Fail(FormulaError.Missing));
}
