using Ippon.Calculation;
using Ippon.Formulas;
using Ippon.Formulas.Evaluation;

namespace Ippon.Review;

/// <summary>Splits the KGI's gap to date among the factors that moved (leads, win rate, ...), so that the parts add up to the gap.</summary>
/// <remarks>
/// The KGI is evaluated through the plan's formulas with each factor either at its plan to date or at its actual;
/// a factor's share is its Shapley value (its average effect over every order of switching the factors from plan to
/// actual), which does not depend on an arbitrary order and adds up exactly. With many moved factors (over 10) it
/// falls back to the mean of switching them one after another inputs first and in the reverse order. A computed factor (orders given while deals are not)
/// is its formula's value when at plan and its actual when switched.
/// </remarks>
static class GapAttribution
{
    const int ShapleyLimit = 10;

    public static (decimal[] Contributions, decimal? Planned, decimal? Actual) Run(PlanModel model, int kgi, IReadOnlyList<int> factors, decimal?[] plannedInputs, decimal?[] actuals)
    {
        var value = Evaluator(model, kgi, factors, plannedInputs, actuals);
        var n = factors.Count;
        var contributions = new decimal[n];
        var planned = value(_ => false);
        if (n == 0) return (contributions, planned, planned);
        if (n <= ShapleyLimit)
        {
            var all = new decimal?[1 << n];
            for (var mask = 0; mask < all.Length; mask++) all[mask] = value(f => (mask & (1 << f)) != 0);
            if (all.Any(v => v is null)) return (contributions, planned, all[^1]);
            var factorial = new decimal[n + 1];
            factorial[0] = 1;
            for (var i = 1; i <= n; i++) factorial[i] = factorial[i - 1] * i;
            for (var i = 0; i < n; i++)
            {
                decimal sum = 0;
                for (var mask = 0; mask < all.Length; mask++)
                {
                    if ((mask & (1 << i)) != 0) continue;
                    var size = System.Numerics.BitOperations.PopCount((uint)mask);
                    sum += factorial[size] * factorial[n - size - 1] * (all[mask | (1 << i)]!.Value - all[mask]!.Value);
                }
                contributions[i] = sum / factorial[n];
            }
            return (contributions, planned, all[^1]);
        }
        // Many factors: switch them one after another, inputs first and then in the reverse order, and take the mean of
        // the two; like the Shapley value it is symmetric for pairs of factors that interact (leads × win rate).
        var forward = Sequential(n, value, planned, reverse: false);
        var backward = Sequential(n, value, planned, reverse: true);
        var actual = value(_ => true);
        if (forward is null || backward is null) return (contributions, planned, actual);
        for (var i = 0; i < n; i++) contributions[i] = (forward[i] + backward[i]) / 2;
        return (contributions, planned, actual);
    }

    /// <summary>The KGI with every factor at its plan to date and with every factor at its actual, without splitting the difference.</summary>
    public static (decimal? Planned, decimal? Actual) Ends(PlanModel model, int kgi, IReadOnlyList<int> factors, decimal?[] plannedInputs, decimal?[] actuals)
    {
        var value = Evaluator(model, kgi, factors, plannedInputs, actuals);
        return (value(_ => false), value(_ => true));
    }

    // The KGI through the formulas with the factors for which `switched` holds at their actual, the rest at plan.
    static Func<Func<int, bool>, decimal?> Evaluator(PlanModel model, int kgi, IReadOnlyList<int> factors, decimal?[] plannedInputs, decimal?[] actuals)
    {
        var factorOf = new int[model.Metrics.Length];
        Array.Fill(factorOf, -1);
        for (var i = 0; i < factors.Count; i++) factorOf[factors[i]] = i;
        return switched =>
        {
            var cells = new Cells(model.Shapes);
            foreach (var m in model.Graph.Order)
            {
                var f = factorOf[m];
                FormulaValue v;
                if (f >= 0 && switched(f)) v = actuals[m] is { } a ? new FormulaValue(a) : FormulaValue.Fail(FormulaError.Missing);
                else if (model.Broken.TryGetValue(m, out var broken)) v = FormulaValue.Fail(broken);
                else if (model.Nodes[m] is { } node) v = node.At(0, cells, Override.None);
                else v = plannedInputs[m] is { } p ? new FormulaValue(p) : FormulaValue.Fail(FormulaError.Missing);
                cells.Set(m, 0, v);
            }
            return cells.Get(kgi, 0).ValueOrNull;
        };
    }

    static decimal[]? Sequential(int n, Func<Func<int, bool>, decimal?> value, decimal? planned, bool reverse)
    {
        var result = new decimal[n];
        var before = planned;
        for (var step = 0; step < n; step++)
        {
            var i = reverse ? n - 1 - step : step;
            var upTo = step;
            var after = value(f => (reverse ? n - 1 - f : f) <= upTo);
            if (after is null || before is null) return null;
            result[i] = after.Value - before.Value;
            before = after;
        }
        return result;
    }
}
