using Ippon.Calculation;
using Ippon.Formulas.BackSolving;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export;

/// <summary>Writes formulas for people: metric names instead of ids, × and ÷ instead of * and /.</summary>
public static class FormulaText
{
    /// <summary><c>orders * unit_price</c> as <c>新規受注数 × 平均受注単価</c>.</summary>
    public static string Readable(Expr expr, Func<string, string> label) => Printer.Print(expr, FormulaDialect.Display.WithNames(label));

    /// <summary>The formula of <paramref name="metric"/> with names, or null when it has none.</summary>
    public static string? Readable(PlanResult result, Metric metric) =>
        metric.Formula is { } f ? Readable(f.Expr, id => result.Metric(id)?.Metric.Label ?? id) : null;

    /// <summary>A derivation in words: <c>新規売上 ÷ 平均受注単価</c>, the rounding rule appended for whole units.</summary>
    public static string Derivation(PlanResult result, MetricResult metric, Language language)
    {
        if (metric.Derivation is not { } d) return "";
        string Label(string id) => result.Metric(id)?.Metric.Label ?? id;
        var parent = result.Metric(d.Parent)?.Metric;
        if (d.Kind == DerivationKind.Numeric)
            return language.T($"{Label(d.Parent)} = {Readable(result, parent!)} を数値計算で解く", $"solve {Label(d.Parent)} = {Readable(result, parent!)} numerically");
        string expr;
        if (d.Kind == DerivationKind.Inverted && parent?.Formula is { } f && Inversion.Solve(f.Expr, metric.Id) is { } inverse)
        {
            expr = Readable(inverse, id => id == Inversion.Target ? Label(d.Parent) : Label(id));
        }
        else
        {
            expr = Label(d.Parent);
            for (var i = 0; i < d.Steps.Length; i++)
            {
                var s = d.Steps[i];
                var operand = s.Metric is { } id ? Label(id) : s.Unit.Kind == UnitKind.Number ? Formatter.Plain(s.Operand) : Formatter.Format(s.Operand, s.Unit, language);
                var left = i > 0 ? $"({expr})" : expr;
                expr = s.Reversed ? $"{operand} {Symbol(s.Op)} {left}" : $"{left} {Symbol(s.Op)} {operand}";
            }
        }
        if (metric.Metric.Unit.IsWhole)
            expr += metric.Metric.Direction == Direction.Down ? language.T(" (切り捨て)", " (rounded down)") : language.T(" (切り上げ)", " (rounded up)");
        return expr;
    }

    /// <summary>The sign people write for <paramref name="op"/>.</summary>
    public static string Symbol(BinaryOp op) => FormulaDialect.Display.Symbol(op);
}
