using System.Text;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>Writes derivations as the formula chains planners put in approval requests: 4,000万円 ÷ 200万円 = 20件.</summary>
public static class Explain
{
    /// <summary>How cell <paramref name="cell"/> of <paramref name="metric"/> got its target, or null when it was not derived.</summary>
    public static string? Step(PlanResult result, MetricResult metric, Language language, int cell = 0)
    {
        if (metric.Derivations[cell] is not { } d) return null;
        var parent = result.Metric(d.Parent);
        var parentUnit = parent?.Metric.Unit ?? metric.Metric.Unit;
        var unit = metric.Metric.Unit;
        var sb = new StringBuilder();
        if (d.Kind == DerivationKind.Numeric)
        {
            var formula = parent?.Metric.Formula?.Text ?? "";
            sb.Append(language.T($"{Formatter.Format(d.ParentTarget, parentUnit, language)} = {formula} を数値計算で解いて {Formatter.Precise(d.Raw, unit, language)}", $"solving {formula} = {Formatter.Format(d.ParentTarget, parentUnit, language)} numerically gives {Formatter.Precise(d.Raw, unit, language)}"));
        }
        else
        {
            var expr = Formatter.Format(d.ParentTarget, parentUnit, language);
            BinaryOp? last = null;
            foreach (var s in d.Steps)
            {
                // A number written in the formula (× 12) has no unit; BackCalculation gives every other operand its unit.
                // Operands are shown as the engine used them (33.3333333333…%, not 33.33%).
                var operand = Formatter.Precise(s.Operand, s.Metric is null && s.Unit.Kind == UnitKind.Number ? Unit.Number : s.Unit, language);
                var left = last is { } l && NeedsParentheses(l, s) ? $"({expr})" : expr;
                expr = s.Reversed ? $"{operand} {Symbol(s.Op)} {left}" : $"{left} {Symbol(s.Op)} {operand}";
                last = s.Op;
            }
            sb.Append(expr).Append(Result(d, unit, language));
        }
        if (d.Rounded)
        {
            sb.Append(" → ").Append(Formatter.Format(d.Final, unit, language))
              .Append(d.Final > d.Raw
                  ? language.T(" (切り上げ)", " (rounded up)")
                  : language.T(" (切り捨て)", " (rounded down)"));
        }
        return sb.ToString();
    }

    // " = 20件" when the result is shown exactly; " ≒ 133.33件" when it is rounded for display; and its exact digits
    // when the rounded display would look whole (≒ 60件 → 61件 would hide why it rounds up: 60.0000600000…件).
    static string Result(Derivation d, Unit unit, Language language)
    {
        if (Formatter.ShowsExactly(d.Raw, unit, language)) return " = " + Formatter.Format(d.Raw, unit, language);
        var shown = Formatter.Format(d.Raw, unit, language);
        var looksWhole = decimal.Round(d.Raw, 2, MidpointRounding.AwayFromZero) == decimal.Truncate(decimal.Round(d.Raw, 2, MidpointRounding.AwayFromZero));
        return " ≒ " + (looksWhole ? Formatter.Precise(d.Raw, unit, language) : shown);
    }

    /// <summary>The whole chain from the first explicit target down to <paramref name="metric"/>, steps joined by →.</summary>
    public static string? Chain(PlanResult result, MetricResult metric, Language language, int cell = 0) =>
        Steps(result, metric, language, cell) is { Count: > 0 } steps ? string.Join(" → ", steps) : null;

    /// <summary>The steps of <see cref="Chain"/>, from the top down.</summary>
    public static IReadOnlyList<string> Steps(PlanResult result, MetricResult metric, Language language, int cell = 0)
    {
        var steps = new List<string>();
        var seen = new HashSet<string>();
        var current = metric;
        while (current is not null && seen.Add(current.Id) && Step(result, current, language, current.Shape.Size > cell ? cell : 0) is { } s)
        {
            steps.Add(s);
            var parent = current.Derivations[current.Shape.Size > cell ? cell : 0]?.Parent;
            current = parent is null ? null : result.Metric(parent);
        }
        steps.Reverse();
        return steps;
    }

    // Steps read left to right, so only a looser operation under a tighter one needs parentheses:
    // 5,000万円 + 360万円 − 240万円 − 3,600万円, but (20件 − 3) ÷ 20% and 50社 − (20社 − 3社).
    static bool NeedsParentheses(BinaryOp inner, DerivationStep outer)
    {
        var innerAdditive = inner is BinaryOp.Add or BinaryOp.Subtract;
        if (!outer.Reversed) return innerAdditive && outer.Op is not (BinaryOp.Add or BinaryOp.Subtract);
        return outer.Op != BinaryOp.Add && (innerAdditive || outer.Op != BinaryOp.Subtract);
    }

    static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "−",
        BinaryOp.Multiply => "×",
        BinaryOp.Divide => "÷",
        _ => "^",
    };
}
