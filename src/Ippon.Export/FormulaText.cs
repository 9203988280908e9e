using System.Globalization;
using System.Text;
using Ippon.Calculation;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export;

/// <summary>Writes formulas for people: metric names instead of ids, × and ÷ instead of * and /.</summary>
public static class FormulaText
{
    /// <summary><c>orders * unit_price</c> as <c>新規受注数 × 平均受注単価</c>.</summary>
    public static string Readable(Expr expr, Func<string, string> label)
    {
        var sb = new StringBuilder();
        Write(sb, expr, 0, label);
        return sb.ToString();
    }

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
        if (d.Kind == DerivationKind.Inverted && parent?.Formula is { } f && FormulaInversion.Solve(f.Expr, metric.Id) is { } inverse)
        {
            expr = Readable(inverse, id => id == FormulaInversion.Target ? Label(d.Parent) : Label(id));
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
    public static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "−",
        BinaryOp.Multiply => "×",
        BinaryOp.Divide => "÷",
        _ => "^",
    };

    static int Precedence(Expr e) => e switch
    {
        Binary { Op: BinaryOp.Add or BinaryOp.Subtract } => 1,
        Binary { Op: BinaryOp.Multiply or BinaryOp.Divide } => 2,
        Unary => 3,
        Binary => 4,
        _ => 5,
    };

    static void Write(StringBuilder sb, Expr expr, int parent, Func<string, string> label)
    {
        var p = Precedence(expr);
        var paren = p < parent;
        if (paren) sb.Append('(');
        switch (expr)
        {
            case Literal l:
                sb.Append(Math.Round(l.Value, 2) == l.Value ? Formatter.Plain(l.Value) : l.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case Ref r:
                sb.Append(label(r.Id));
                break;
            case Unary u:
                sb.Append('−');
                Write(sb, u.Operand, 3, label);
                break;
            case Binary b:
                var rightAssoc = b.Op == BinaryOp.Power;
                Write(sb, b.Left, rightAssoc ? p + 1 : p, label);
                sb.Append(' ').Append(Symbol(b.Op)).Append(' ');
                Write(sb, b.Right, rightAssoc ? 3 : p + 1, label);
                break;
            case Call c:
                sb.Append(c.Function).Append('(');
                for (var i = 0; i < c.Args.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, c.Args[i], 0, label);
                }
                sb.Append(')');
                break;
        }
        if (paren) sb.Append(')');
    }
}
