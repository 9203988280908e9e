using Ippon.Calculation;
using Ippon.Formulas;
using Ippon.Numbers;

namespace Ippon.Checks;

/// <summary>
/// Arithmetic that leaves decimal's exact range is an input problem, reported as an <c>out-of-range</c> error
/// finding that names the metric or action, never an exception that ends the calculation.
/// </summary>
/// <remarks>
/// Numbers a user writes are held to ±10^18 where they are read (<see cref="NumberText.MaxMagnitude"/>), so sums and
/// products with a rate stay exact; what can still overflow is a chain of them (a target divided by a tiny rate,
/// a product of large inputs). Formulas already evaluate an overflow to <see cref="FormulaError.Overflow"/>; the
/// steps outside formulas (action volumes, sums of shares, checks) run inside <see cref="Guard"/>.
/// </remarks>
static class OutOfRange
{
    /// <summary>An out-of-range finding on <paramref name="subject"/>: what overflowed, in both languages.</summary>
    public static Finding Finding(string subject, Message what) => new(Rule.OutOfRange, subject, what);

    /// <summary>Runs <paramref name="step"/>; an overflow inside it becomes an out-of-range finding on <paramref name="subject"/> (or on the plan).</summary>
    /// <returns>Whether the step completed.</returns>
    public static bool Guard(List<Finding> findings, string? subject, Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (OverflowException)
        {
            var who = subject ?? "plan";
            findings.Add(Finding(who, new Message(
                $"{(subject is null ? "計画" : subject)} の計算で数値が計算できる範囲 (±7.9×10^28) を超えました。目標・値・率の桁を確認してください (入力は ±10^18 まで)",
                $"a calculation for {(subject is null ? "the plan" : subject)} left the range of exact arithmetic (±7.9×10^28); check the magnitude of the targets, values and rates (inputs are limited to ±10^18)")));
            return false;
        }
    }

    /// <summary>Reports a metric whose planned value overflowed in its formula (the first cell that did).</summary>
    public static void Planned(MetricResult r, List<Finding> findings)
    {
        var k = Array.IndexOf(r.PlannedErrors, FormulaError.Overflow);
        if (k < 0) return;
        findings.Add(Finding(r.Id, new Message(
            $"{r.Metric.Label} の計画値 (式 '{r.Metric.Formula?.Text}') が計算できる範囲 (±7.9×10^28) を超えます。入力の桁を確認してください",
            $"the planned value of {r.Metric.Label} (formula '{r.Metric.Formula?.Text}') is beyond the range of exact arithmetic (±7.9×10^28); check the magnitude of its inputs"))
            with { Member = r.Shape.IsScalar ? null : r.Shape.Label(k) });
    }
}
