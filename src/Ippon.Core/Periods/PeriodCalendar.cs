using System.Collections.Immutable;
using System.Globalization;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Periods;

/// <summary>A plan's horizon cut into its periods, and the reading of the period labels users write (Q2, M05, H1, 2026-07).</summary>
/// <remarks>
/// Labels count from the horizon's start, not from the calendar year: with a fiscal year starting on 2026-04-01,
/// Q1 is April–June 2026 and M01 is April. A label finer than the plan's periods (M05 or 2026-05 in a quarterly plan)
/// belongs to the period that holds it; a coarser one (H1 in a quarterly plan) spans several periods.
/// </remarks>
public sealed class PeriodCalendar
{
    PeriodCalendar(Horizon horizon)
    {
        Horizon = horizon;
        MonthCount = ((horizon.End.Year - horizon.Start.Year) * 12) + horizon.End.Month - horizon.Start.Month + 1;
        var size = horizon.MonthsPerPeriod;
        var first = new DateOnly(horizon.Start.Year, horizon.Start.Month, 1);
        var periods = ImmutableArray.CreateBuilder<Period>(horizon.PeriodCount);
        for (var i = 0; i < horizon.PeriodCount; i++)
        {
            var firstMonth = i * size;
            var months = Math.Min(size, MonthCount - firstMonth);
            var start = i == 0 ? horizon.Start : first.AddMonths(firstMonth);
            var end = first.AddMonths(firstMonth + months).AddDays(-1);
            if (end > horizon.End) end = horizon.End;
            periods.Add(new Period(i, Label(horizon.Period, i + 1), start, end, firstMonth, months));
        }
        Periods = periods.MoveToImmutable();
    }

    /// <summary>The horizon the calendar cuts.</summary>
    public Horizon Horizon { get; }

    /// <summary>The periods, in order.</summary>
    public ImmutableArray<Period> Periods { get; }

    /// <summary>How many periods there are.</summary>
    public int Count => Periods.Length;

    /// <summary>How many calendar months the horizon touches.</summary>
    public int MonthCount { get; }

    /// <summary>The calendar of <paramref name="horizon"/>.</summary>
    public static PeriodCalendar Of(Horizon horizon) => new(horizon);

    /// <summary>The calendar of a plan: its <c>horizon:</c>, or (the contract's default) one year-long period ending at the KGI's deadline; null when it has neither.</summary>
    public static PeriodCalendar? For(Plan plan)
    {
        if (plan.Horizon is { } h) return new PeriodCalendar(h);
        if (plan.Kgi?.Deadline is { } deadline)
            return new PeriodCalendar(new Horizon(deadline.AddYears(-1).AddDays(1), deadline, PeriodKind.Year));
        return null;
    }

    /// <summary>The label of the <paramref name="n"/>-th period (1-based) of a horizon cut into <paramref name="kind"/>.</summary>
    public static string Label(PeriodKind kind, int n) => kind switch
    {
        PeriodKind.Month => "M" + n.ToString("00", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => "Q" + n.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Half => "H" + n.ToString(CultureInfo.InvariantCulture),
        _ => "Y" + n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The period with <paramref name="label"/> exactly as the calendar names it (Q2), or null.</summary>
    public Period? this[string label] => Periods.FirstOrDefault(p => p.Label == label);

    /// <summary>The period holding month <paramref name="month"/> (counted from the horizon's first month).</summary>
    public Period PeriodOfMonth(int month) => Periods[Math.Clamp(month / Horizon.MonthsPerPeriod, 0, Count - 1)];

    /// <summary>The period holding <paramref name="date"/>, or null when the date lies outside the horizon.</summary>
    public Period? PeriodOf(DateOnly date) =>
        date < Horizon.Start || date > Horizon.End ? null : PeriodOfMonth(MonthOf(date));

    /// <summary>The labels a user may write, for messages: Q1…Q4, M01…M12, H1, H2, Y1, YYYY-MM (2026-04…2027-03).</summary>
    public string Expected
    {
        get
        {
            string Family(char prefix, int size, string format)
            {
                var n = (MonthCount + size - 1) / size;
                var one = prefix + 1.ToString(format, CultureInfo.InvariantCulture);
                var last = prefix + n.ToString(format, CultureInfo.InvariantCulture);
                return n switch { 1 => one, 2 => $"{one}, {last}", _ => $"{one}…{last}" };
            }
            return $"{Family('Q', 3, "0")}, {Family('M', 1, "00")}, {Family('H', 6, "0")}, {Family('Y', 12, "0")}, YYYY-MM ({Month(0)}…{Month(MonthCount - 1)})";
        }
    }

    /// <summary>The horizon as people read it: 2026-04-01 – 2027-03-31 (Q1–Q4).</summary>
    public string Describe() =>
        $"{Horizon.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {Horizon.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Periods[0].Label}{(Count > 1 ? "–" + Periods[^1].Label : "")})";

    /// <summary>The field <see cref="Resolve"/>'s reasons name; callers that read the label from another input (<c>as_of</c>) name their own.</summary>
    public const string Field = "period";

    /// <summary>Reads a period label: Q2, M05 (or M5), H1, Y1, 2026-07 (or 2026/07), or a date 2026-07-15; case and full-width digits do not matter.</summary>
    /// <returns>What the label covers, or why it names no period of the horizon (field <c>period</c>).</returns>
    public ParseResult<PeriodSpan> Resolve(string label)
    {
        var text = Width.Fold(label ?? "").Trim();
        if (text.Length == 0)
            return Fail(new Message($"期間が空です。{Expected} のいずれかを書いてください", $"the period is empty; expected {Expected}"));
        var upper = text.ToUpperInvariant();
        if (upper.Length >= 2 && "QMHY".Contains(upper[0], StringComparison.Ordinal)
            && int.TryParse(upper.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var size = upper[0] switch { 'Q' => 3, 'M' => 1, 'H' => 6, _ => 12 };
            var count = (MonthCount + size - 1) / size;
            if (n < 1 || n > count)
            {
                return Fail(new Message(
                    $"期間 '{text}' は計画期間 {Describe()} の外です (この計画では {upper[0]}1…{upper[0]}{count})",
                    $"period '{text}' is outside the horizon {Describe()} (this plan has {upper[0]}1…{upper[0]}{count})"));
            }
            var firstMonth = (n - 1) * size;
            return Span(firstMonth, Math.Min(firstMonth + size, MonthCount) - 1);
        }
        if (TryMonth(text, out var year, out var month))
        {
            var index = ((year - Horizon.Start.Year) * 12) + month - Horizon.Start.Month;
            if (index < 0 || index >= MonthCount)
            {
                return Fail(new Message(
                    $"期間 '{text}' は計画期間 {Describe()} の外です",
                    $"period '{text}' is outside the horizon {Describe()}"));
            }
            return Span(index, index);
        }
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return PeriodOf(date) is { } p
                ? ParseResult<PeriodSpan>.Ok(new PeriodSpan(p, p) { Months = (MonthOf(date), MonthOf(date)), Day = date })
                : Fail(new Message(
                    $"日付 {text} は計画期間 {Describe()} の外です",
                    $"the date {text} is outside the horizon {Describe()}"));
        }
        return Fail(new Message(
            $"期間 '{text}' を読めません。{Expected} のいずれかを書いてください",
            $"cannot read the period '{text}'; expected {Expected}"));
    }

    ParseResult<PeriodSpan> Span(int firstMonth, int lastMonth) =>
        ParseResult<PeriodSpan>.Ok(new PeriodSpan(PeriodOfMonth(firstMonth), PeriodOfMonth(lastMonth)) { Months = (firstMonth, lastMonth) });

    static ParseResult<PeriodSpan> Fail(Message reason) => ParseResult<PeriodSpan>.Fail(new FieldMessage(Field, reason));

    int MonthOf(DateOnly date) => ((date.Year - Horizon.Start.Year) * 12) + date.Month - Horizon.Start.Month;

    string Month(int index)
    {
        var d = new DateOnly(Horizon.Start.Year, Horizon.Start.Month, 1).AddMonths(index);
        return d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    static bool TryMonth(string text, out int year, out int month)
    {
        year = month = 0;
        var parts = text.Split('-', '/');
        return parts.Length == 2 && parts[0].Length == 4 && parts[1].Length is 1 or 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month)
               && month is >= 1 and <= 12;
    }
}
