using Ippon.Calculation;
using Ippon.Formulas;
using Ippon.Formulas.Evaluation;
using Ippon.Plans;

namespace Ippon.Sensitivity;

/// <summary>Moves each assumption and planned input by a step both ways and ranks them by their effect on the KGI's planned value.</summary>
/// <remarks>
/// <para>Every other input is frozen at its planned value, including inputs planned at their target (leads with no
/// value of their own): moving the formulas forward only, never back-calculating again, is what keeps the change of
/// one input from being absorbed by another.</para>
/// <para>The elasticity is measured at the plan with a small central difference (±0.01%), so it is the slope of the
/// plan itself: for revenue = repeat + leads × deal rate × win rate × order value with repeat 60% of the KGI, each
/// of the four factors of new revenue has elasticity 0.4.</para>
/// </remarks>
/// <example><code>var tornado = SensitivityAnalysis.Run(plan, 0.1m).Factors;   // largest swing first</code></example>
public static class SensitivityAnalysis
{
    const decimal ElasticityStep = 0.0001m;

    /// <summary>Runs the analysis with a relative <paramref name="step"/> (0.1 = ±10%).</summary>
    public static SensitivityResult Run(Plan plan, decimal step, CalculationOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        var baseline = PlanCalculator.Calculate(plan, options);
        var model = baseline.Model;
        if (model.Kgi < 0 || baseline.Kgi?.PlannedValue is not { } kgiPlan) return new SensitivityResult(baseline, step, []);
        var planned = new Cells(model.Shapes);
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var r = baseline.Metrics[m];
            for (var k = 0; k < r.Planned.Length; k++)
                planned.Set(m, k, r.Planned[k] is { } v ? new FormulaValue(v) : FormulaValue.Fail(r.PlannedErrors[k] == FormulaError.None ? FormulaError.Missing : r.PlannedErrors[k]));
        }

        var factors = new List<SensitivityFactor>();
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var r = baseline.Metrics[m];
            if (model.Nodes[m] is not null || r.Metric.Formula is not null || model.Broken.ContainsKey(m) || m == model.Kgi) continue;
            if (!r.ConnectedToKgi || r.Planned.Any(p => p is null)) continue;
            // A rate over dimensions has no single planned value; its members' mean stands for it in the output.
            var x = r.PlannedValue ?? r.Planned.Average(p => p!.Value);
            var ratio = r.Metric.Unit.Kind == UnitKind.Ratio;
            var low = Clamp(1 - step, r, ratio);
            var high = Clamp(1 + step, r, ratio);
            var kgiLow = Kgi(model, planned, m, r, low.Factor);
            var kgiHigh = Kgi(model, planned, m, r, high.Factor);
            decimal? elasticity = null;
            if (kgiPlan != 0 && x != 0
                && Kgi(model, planned, m, r, 1 + ElasticityStep) is { } up && Kgi(model, planned, m, r, 1 - ElasticityStep) is { } down)
            {
                elasticity = (up - down) / (2 * ElasticityStep * kgiPlan);
            }
            factors.Add(new SensitivityFactor(r.Metric, x, low.Value, high.Value, kgiPlan, kgiLow, kgiHigh, elasticity));
        }
        var ranked = factors.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Swing).ThenBy(x => x.i).Select(x => x.f);
        return new SensitivityResult(baseline, step, [.. ranked]);
    }

    // A ratio cannot go above 100%: the factor is cut so that its largest cell stays at 1.
    static (decimal Factor, decimal Value) Clamp(decimal factor, MetricResult r, bool ratio)
    {
        var max = r.Planned.Max(p => p!.Value);
        if (ratio && max > 0 && max * factor > 1) factor = 1 / max;
        return (factor, (r.PlannedValue ?? r.Planned.Average(p => p!.Value)) * factor);
    }

    // The KGI with every cell of input m scaled by factor and everything downstream of it evaluated again.
    static decimal? Kgi(PlanModel model, Cells planned, int m, MetricResult input, decimal factor)
    {
        var cells = new Cells(model.Shapes);
        for (var i = 0; i < model.Metrics.Length; i++)
        {
            for (var k = 0; k < model.Shapes[i].Size; k++) cells.Set(i, k, planned.Get(i, k));
        }
        for (var k = 0; k < input.Planned.Length; k++)
        {
            var scaled = Arithmetic.Multiply(input.Planned[k]!.Value, factor);
            cells.Set(m, k, scaled);
        }
        foreach (var d in model.Graph.Downstream([m]))
        {
            if (d == m || model.Nodes[d] is not { } node) continue;
            for (var k = 0; k < model.Shapes[d].Size; k++) cells.Set(d, k, node.At(k, cells, Override.None));
        }
        var kgi = model.Kgi;
        decimal total = 0;
        for (var k = 0; k < model.Shapes[kgi].Size; k++)
        {
            var v = cells.Get(kgi, k);
            if (v.IsError) return null;
            total += v.Value;
        }
        return total;
    }
}
