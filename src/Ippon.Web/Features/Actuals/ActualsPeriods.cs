using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Web.Features.Actuals;

/// <summary>The periods actuals are stored by: the plan's own periods (Q1…Q4 for a quarterly plan), as the review engine's calendar names them.</summary>
public static class ActualsPeriods
{
    /// <summary>The labels of the plan's periods, or none when the plan has neither a horizon nor a KGI deadline.</summary>
    public static IReadOnlyList<string> Labels(Plan plan) => PeriodCalendar.For(plan)?.Periods.Select(p => p.Label).ToList() ?? [];

    /// <summary>
    /// The plan's period label that <paramref name="text"/> names (q2 → Q2, ２０２６-０５ → M02 in a monthly plan), or why
    /// it cannot be stored: outside the horizon, spanning several periods, or finer than the plan's periods (a month in
    /// a quarterly plan: one stored value per quarter, so monthly rows go through the CSV upload, which adds them up).
    /// </summary>
    /// <returns>The label, or why not (field <c>period</c>).</returns>
    public static ParseResult<string> Resolve(Plan plan, string text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (PeriodCalendar.For(plan) is not { } calendar)
        {
            return Fail(new Message("計画に期間 (horizon:) もKGIの期限もないため、実績の期間を決められません",
                "the plan has neither a horizon: nor a KGI deadline:, so actuals have no periods"));
        }
        var resolved = calendar.Resolve(text ?? "");
        if (!resolved.Success) return ParseResult<string>.Fail(resolved.Errors);
        var span = resolved.Value;
        if (!span.IsSinglePeriod || MonthsOf(text!) is { } months && months != calendar.Horizon.MonthsPerPeriod)
        {
            var labels = string.Join(", ", calendar.Periods.Select(p => p.Label));
            return Fail(new Message(
                $"期間 '{text}' はこの計画の期間の単位と違います。{labels} のいずれかで書いてください (月次の実績はCSVで取り込むと期間ごとに合計されます)",
                $"period '{text}' is not one of this plan's periods; write one of {labels} (monthly rows can be uploaded as CSV, which adds them up per period)"));
        }
        return ParseResult<string>.Ok(span.First.Label);
    }

    static ParseResult<string> Fail(Message reason) => ParseResult<string>.Fail(new FieldMessage(PeriodCalendar.Field, reason));

    // How many months a label covers by its form: Q = 3, M or YYYY-MM or a date = 1, H = 6, Y = 12.
    static int? MonthsOf(string text)
    {
        var t = Width.Fold(text).Trim().ToUpperInvariant();
        if (t.Length == 0) return null;
        return t[0] switch
        {
            'Q' => 3,
            'M' => 1,
            'H' => 6,
            'Y' => 12,
            _ => 1,
        };
    }
}
