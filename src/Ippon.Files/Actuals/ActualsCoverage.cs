using Ippon.Periods;

namespace Ippon.Files.Actuals;

/// <summary>
/// What the rows of an actuals file cover, by what their period labels mean rather than how they are spelled: a
/// row that counts time another row of the same metric (and member) already counts is refused, naming both lines.
/// </summary>
/// <remarks>
/// 2026-04, 2026/04, 2026/4, M1 and M01 are all April (month 0 of a fiscal year starting in April); Q1 is April to
/// June. Before, rows were told apart by their text, so April given as 2026-04 and as M01, plus a Q1 row, was counted
/// three times without a word. Dates are days: rows for different days of one month add up (daily actuals), but a
/// date in a month that a month or quarter row already counts is the same time twice. Each row claims at most 12
/// months, so the check is linear in the rows.
/// </remarks>
sealed class ActualsCoverage
{
    sealed class Month
    {
        public (int Line, string Label)? Whole;
        public Dictionary<DateOnly, (int Line, string Label)>? Days;
    }

    readonly Dictionary<(string Metric, string Member, int Month), Month> _months = [];

    /// <summary>Records that the row on <paramref name="line"/> counts <paramref name="span"/>; returns the earlier row that already counts part of it, if any (and then records nothing).</summary>
    public (int Line, string Label)? Claim(string metric, string member, PeriodSpan span, int line, string label)
    {
        if (span.Day is { } day)
        {
            var key = (metric, member, span.Months.First);
            if (!_months.TryGetValue(key, out var month)) _months[key] = month = new Month();
            if (month.Whole is { } whole) return whole;
            month.Days ??= [];
            if (month.Days.TryGetValue(day, out var same)) return same;
            month.Days[day] = (line, label);
            return null;
        }
        for (var m = span.Months.First; m <= span.Months.Last; m++)
        {
            if (_months.TryGetValue((metric, member, m), out var taken))
                return taken.Whole ?? taken.Days!.Values.OrderBy(d => d.Line).First();
        }
        for (var m = span.Months.First; m <= span.Months.Last; m++)
            _months[(metric, member, m)] = new Month { Whole = (line, label) };
        return null;
    }
}
