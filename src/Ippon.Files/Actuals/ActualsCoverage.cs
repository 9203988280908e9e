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
/// <para>Memory: a 60 MB file has two million rows, each claiming a month. A claim is one dictionary entry keyed by
/// one number (metric, member and month packed into 64 bits) holding a struct, about 40 bytes; it was a tuple of two
/// strings and a class per month, about 90 bytes (bench/checks.sh, `--profile-actuals`).</para>
/// </remarks>
sealed class ActualsCoverage
{
    // Who counted a month: the whole month (a month or quarter row), or some of its days (date rows).
    struct Month
    {
        public int Line;
        public string? Label;
        public Dictionary<DateOnly, (int Line, string Label)>? Days;
    }

    readonly Dictionary<long, Month> _months = [];
    readonly Dictionary<string, int> _metrics = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _members = new(StringComparer.Ordinal);

    /// <summary>Records that the row on <paramref name="line"/> counts <paramref name="span"/>; returns the earlier row that already counts part of it, if any (and then records nothing).</summary>
    public (int Line, string Label)? Claim(string metric, string member, PeriodSpan span, int line, string label)
    {
        var metricKey = Number(_metrics, metric);
        var memberKey = Number(_members, member);
        long Key(int month) => ((long)metricKey << 44) | ((long)memberKey << 12) | (uint)(month & 0xFFF);
        if (span.Day is { } day)
        {
            var key = Key(span.Months.First);
            _months.TryGetValue(key, out var month);
            if (month.Label is not null) return (month.Line, month.Label);
            month.Days ??= [];
            if (month.Days.TryGetValue(day, out var same)) return same;
            month.Days[day] = (line, label);
            _months[key] = month;
            return null;
        }
        for (var m = span.Months.First; m <= span.Months.Last; m++)
        {
            if (!_months.TryGetValue(Key(m), out var taken)) continue;
            return taken.Label is not null ? (taken.Line, taken.Label) : taken.Days!.Values.OrderBy(d => d.Line).First();
        }
        for (var m = span.Months.First; m <= span.Months.Last; m++)
            _months[Key(m)] = new Month { Line = line, Label = label };
        return null;
    }

    // A small number for each distinct metric or member (20 bits of metrics, 32 of members, 12 of months).
    static int Number(Dictionary<string, int> numbers, string text)
    {
        if (numbers.TryGetValue(text, out var n)) return n;
        numbers[text] = n = numbers.Count;
        return n;
    }
}
