using System.Globalization;
using Ippon.Plans;

namespace Ippon.Web.Features.Actuals;

/// <summary>The periods of a plan's horizon as the contract names them (Q1…Q4, M01…M12, H1, H2, Y1), and the reading of what people write.</summary>
public static class Periods
{
    /// <summary>The labels of every period of the plan, in order; one period (Y1) when the plan has no horizon.</summary>
    public static IReadOnlyList<string> Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Horizon is not { } h) return ["Y1"];
        var prefix = h.Period switch
        {
            PeriodKind.Month => "M",
            PeriodKind.Quarter => "Q",
            PeriodKind.Half => "H",
            _ => "Y",
        };
        return [.. Enumerable.Range(1, h.PeriodCount).Select(i => prefix == "M" ? $"M{i:00}" : $"{prefix}{i}")];
    }

    /// <summary>
    /// The canonical label of <paramref name="text"/> for <paramref name="plan"/>: a period label of the plan (q2 → Q2),
    /// or a month inside its horizon (M02 or 2026-05 → 2026-05 for a plan that does not count in months). Null when
    /// the text is no period of this plan.
    /// </summary>
    public static string? Normalize(Plan plan, string text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant();
        var labels = Of(plan);
        if (labels.Contains(t)) return t;
        if (t.Length == 2 && t[0] == 'M' && char.IsAsciiDigit(t[1]) && labels.Contains("M0" + t[1])) return "M0" + t[1];
        if (plan.Horizon is not { } h) return null;
        DateOnly? month = null;
        if (DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) month = m;
        else if (t.Length is 2 or 3 && t[0] == 'M' && int.TryParse(t[1..], CultureInfo.InvariantCulture, out var n) && n >= 1)
            month = new DateOnly(h.Start.Year, h.Start.Month, 1).AddMonths(n - 1);
        if (month is not { } first) return null;
        var start = new DateOnly(h.Start.Year, h.Start.Month, 1);
        if (first < start || first > h.End) return null;
        if (h.Period == PeriodKind.Month) return $"M{((first.Year - start.Year) * 12) + first.Month - start.Month + 1:00}";
        return first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    /// <summary>What a period may look like, for error messages.</summary>
    public static string Expected(Plan plan) => string.Join(", ", Of(plan)) + (plan?.Horizon is null ? "" : " / YYYY-MM");
}
