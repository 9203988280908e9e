using Ippon.Calculation;
using Ippon.Formulas.BackSolving;
using Ippon.Formulas.Syntax;
using Ippon.Plans;

namespace Ippon.Export.Excel;

/// <summary>Writes Ippon's formulas and back-calculations as Excel formulas over the workbook's defined names.</summary>
/// <remarks>
/// Forward: <c>deals * win_rate</c> becomes <c>deals*win_rate</c>. Backward: the target of deals, derived from the
/// target of orders by dividing by the win rate, becomes <c>ROUNDUP(orders_target/win_rate,0)</c>: whole units are
/// rounded up with ROUNDUP (ROUNDDOWN for metrics where lower is better), the rule Ippon applies.
/// </remarks>
public static class ExcelFormula
{
    /// <summary>The Excel text of <paramref name="expr"/> (without the leading =), names from <paramref name="names"/>.</summary>
    public static string Forward(Expr expr, NameTable names) => Forward(expr, names.Planned);

    /// <summary>The Excel text of <paramref name="expr"/>, each metric reference written as <paramref name="name"/> gives it.</summary>
    public static string Forward(Expr expr, Func<string, string> name) => Printer.Print(expr, FormulaDialect.Excel.WithNames(name));

    /// <summary>The Excel formula of <paramref name="metric"/>'s derived target, or null when it cannot be written as one (solved numerically).</summary>
    public static string? Target(PlanResult result, MetricResult metric, NameTable names) =>
        metric.Derivation is { } d ? Target(result, metric, d, names.Planned, names.Target) : null;

    /// <summary>The Excel formula of the target <paramref name="d"/> derives (one member's, on a dimension sheet), metrics read as <paramref name="planned"/> and <paramref name="target"/> give them.</summary>
    public static string? Target(PlanResult result, MetricResult metric, Derivation d, Func<string, string> planned, Func<string, string> target)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(d);
        if (d.Kind == DerivationKind.Numeric) return null;
        var expr = d.Kind == DerivationKind.Inverted ? Inverted(result, d, metric.Id, planned, target) : Summed(result, metric, d, planned, target);
        if (expr is null) return null;
        if (metric.Metric.Unit.IsWhole)
            expr = metric.Metric.Direction == Direction.Down ? $"ROUNDDOWN({expr},0)" : $"ROUNDUP({expr},0)";
        return expr;
    }

    // The parent's formula solved for this metric, the other inputs at their planned values: new_revenue_target/unit_price.
    static string? Inverted(PlanResult result, Derivation d, string id, Func<string, string> planned, Func<string, string> target)
    {
        if (result.Metric(d.Parent)?.Metric.Formula is not { } formula) return null;
        if (Inversion.Solve(formula.Expr, id) is not { } inverse) return null;
        return Forward(inverse, x => x == Inversion.Target ? target(d.Parent) : planned(x));
    }

    // A sum's remainder or share: the parent's target less the other parts (their targets when set, else their plans).
    static string Summed(PlanResult result, MetricResult metric, Derivation d, Func<string, string> planned, Func<string, string> target)
    {
        var expr = target(d.Parent);
        for (var i = 0; i < d.Steps.Length; i++)
        {
            var s = d.Steps[i];
            string operand;
            if (d.Kind == DerivationKind.Share && i == d.Steps.Length - 1 && s.Metric is null)
            {
                // A share in proportion to the planned values of the inputs that take part in the split.
                var sharing = result.Metrics
                    .Where(m => m.Derivation is { Kind: DerivationKind.Share } o && o.Parent == d.Parent)
                    .Select(m => planned(m.Id)).ToList();
                operand = sharing.Count > 0 ? $"({planned(metric.Id)}/SUM({string.Join(",", sharing)}))" : Number(s.Operand);
            }
            else if (s.Metric is { } id)
            {
                var sumRule = d.Kind is DerivationKind.Remainder or DerivationKind.Share;
                operand = sumRule && result.Metric(id)?.Source == TargetSource.Explicit ? target(id) : planned(id);
            }
            else
            {
                operand = Number(s.Operand);
            }
            var left = i > 0 ? $"({expr})" : expr;
            var op = Operator(s.Op);
            expr = s.Reversed ? $"{operand}{op}{left}" : $"{left}{op}{operand}";
        }
        return expr;
    }

    static string Number(decimal value) => FormulaDialect.ExcelNumber(value);

    static string Operator(BinaryOp op) => FormulaDialect.Excel.Symbol(op);
}
