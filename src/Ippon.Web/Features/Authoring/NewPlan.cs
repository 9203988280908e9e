using System.Collections.Immutable;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Web.Features.Authoring;

/// <summary>A blank plan to start the guided flow from, and titles that never repeat an existing plan's.</summary>
public static class NewPlan
{
    /// <summary>The id of the KGI a blank plan starts with; ids are generated, people only ever see names.</summary>
    public const string KgiId = "kgi";

    /// <summary>
    /// The smallest plan that reads: a title, this fiscal year by quarter (Japanese fiscal years start in April) and
    /// one KGI in yen without a target yet, which the first step of the guide asks for.
    /// </summary>
    public static Plan Blank(Language language, DateOnly today) => new()
    {
        Title = language.T("新しい計画", "New plan"),
        Horizon = FiscalYear(FiscalYearOf(today)),
        Metrics =
        [
            new Metric { Id = KgiId, Name = language.T("売上", "Revenue"), Role = MetricRole.Kgi, Unit = Unit.Parse("JPY") },
        ],
    };

    /// <summary>The fiscal year a day falls in: 2026-03-31 is in 2025年度, 2026-04-01 in 2026年度.</summary>
    public static int FiscalYearOf(DateOnly day) => Ippon.Periods.FiscalYear.Of(day);

    /// <summary>Fiscal year <paramref name="year"/> by quarter: 2026-04-01 to 2027-03-31.</summary>
    public static Horizon FiscalYear(int year, PeriodKind period = PeriodKind.Quarter) =>
        new(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31), period);

    /// <summary>
    /// <paramref name="title"/>, or the first of "title (2)", "title (3)"… that no plan in <paramref name="taken"/> has,
    /// so that three plans made from one template never share a name.
    /// </summary>
    public static string UniqueTitle(string title, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(title);
        var used = taken.ToImmutableHashSet(StringComparer.Ordinal);
        if (!used.Contains(title)) return title;
        for (var n = 2; ; n++)
        {
            var candidate = $"{title} ({n})";
            if (!used.Contains(candidate)) return candidate;
        }
    }

    /// <summary>
    /// The plan file <paramref name="yaml"/> with its top-level <c>plan:</c> title replaced, everything else (the
    /// template's comments too) left as written.
    /// </summary>
    public static string Retitle(string yaml, string title)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(title);
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("plan:", StringComparison.Ordinal)) continue;
            var quoted = "\"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            lines[i] = "plan: " + quoted + (lines[i].EndsWith('\r') ? "\r" : "");
            return string.Join('\n', lines);
        }
        return yaml;
    }
}
