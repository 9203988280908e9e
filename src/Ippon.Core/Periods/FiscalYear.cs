using System.Globalization;
using Ippon.Numbers;

namespace Ippon.Periods;

/// <summary>
/// The Japanese fiscal year, which starts in April, and the labels planners read: 2026年度 1Q (4–6月) in Japanese,
/// FY2026 Q1 (Apr–Jun) in English. A plan's own labels (Q1, M05) count from its horizon's start and stay what users
/// type; these are what the page shows beside or instead of them.
/// </summary>
public static class FiscalYear
{
    /// <summary>The month the fiscal year starts in: April.</summary>
    public const int FirstMonth = 4;

    static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The fiscal year a day falls in: 2026-03-31 is in 2025年度, 2026-04-01 in 2026年度.</summary>
    public static int Of(DateOnly day) => day.Month >= FirstMonth ? day.Year : day.Year - 1;

    /// <summary>The period with its fiscal year: 2026年度 1Q (4–6月), 2026年度 上期 (4–9月), 2026年度 5月 / FY2026 Q1 (Apr–Jun).</summary>
    public static string Label(Period period, Language language) => Name(period, language, withYear: true);

    /// <summary>The period without the year, for chart axes and grid columns: 1Q (4–6月) / Q1 (Apr–Jun).</summary>
    public static string WithoutYear(Period period, Language language) => Name(period, language, withYear: false);

    static readonly string[] s_fullMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Up to the end of the period, by its last month: 6月まで / through June (a review's actuals to date, not "M03 まで").</summary>
    public static string UpTo(Period period, Language language)
    {
        ArgumentNullException.ThrowIfNull(period);
        return language.T($"{period.End.Month}月まで", $"through {s_fullMonths[period.End.Month - 1]}");
    }

    static string Name(Period period, Language language, bool withYear)
    {
        ArgumentNullException.ThrowIfNull(period);
        var ja = language == Language.Ja;
        var first = period.Start.Month;
        var last = period.End.Month;
        var fy = Of(period.Start);
        var inYear = (first - FirstMonth + 12) % 12;          // 0 for April
        var months = language.T($"{first}–{last}月", $"{s_months[first - 1]}–{s_months[last - 1]}");
        var year = withYear ? (language.T($"{fy}年度 ", $"FY{fy.ToString(CultureInfo.InvariantCulture)} ")) : "";
        string? name = period.Months switch
        {
            3 when inYear % 3 == 0 => language.T($"{inYear / 3 + 1}Q ({months})", $"Q{inYear / 3 + 1} ({months})"),
            6 when inYear % 6 == 0 => ja ? (inYear == 0 ? "上期" : "下期") + $" ({months})" : $"H{inYear / 6 + 1} ({months})",
            12 when inYear == 0 => language.T($"{fy}年度 ({months})", $"FY{fy.ToString(CultureInfo.InvariantCulture)} ({months})"),
            1 => ja ? $"{first}月" : s_months[first - 1],
            _ => null,
        };
        if (name is null) return $"{period.Label} ({months})";     // a horizon not cut on fiscal quarters keeps its own label
        return period.Months == 12 ? name : year + name;
    }
}
