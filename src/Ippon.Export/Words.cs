using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export;

/// <summary>The words every export shares, in both languages: the metric words of Core's <see cref="PlanWords"/> as column headings, and the export's own.</summary>
static class Words
{
    /// <summary>True for an assumption: a metric with a value, no role and no formula (never solved for).</summary>
    public static bool IsAssumption(Metric m) => m.Role is null && m.Formula is null && (m.Value is not null || !m.MemberValues.IsEmpty);

    public static string Action(Language l) => l.T("施策", "Action");

    public static string Target(Language l) => Heading(PlanWords.Target, l);

    public static string Planned(Language l) => Heading(PlanWords.Planned, l);

    public static string Gap(Language l) => Heading(PlanWords.Gap, l);

    public static string Owner(Language l) => Heading(PlanWords.Owner, l);

    public static string Due(Language l) => Heading(PlanWords.Due, l);

    public static string Volume(Language l) => l.T("実施量", "Volume");

    public static string Capacity(Language l) => l.T("キャパシティ", "Capacity");

    public static string Load(Language l) => Heading(PlanWords.Load, l);

    public static string Coverage(Language l) => l.T("充足率", "Coverage");

    public static string State(State s, Language l) => s switch
    {
        Checks.State.Ok => l.T("達成見込み", "on target"),
        Checks.State.Behind => l.T("目標未達", "short of target"),
        Checks.State.Error => l.T("エラー", "error"),
        _ => l.T("対象外", "not judged"),
    };

    // A column heading: the shared word (Core's PlanWords) with its English capitalised (target → Target).
    static string Heading(Message word, Language l)
    {
        var text = word.In(l);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The date as the document prints it: 2026年11月24日 or 2026-11-24.</summary>
    public static string Date(DateOnly d, Language l) =>
        l.T($"{d.Year}年{d.Month}月{d.Day}日", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A gap with its sign: +20件, −3件, ±0.</summary>
    public static string Signed(decimal? gap, Unit unit, Language l)
    {
        if (gap is not { } g) return "—";
        if (g == 0) return "±0";
        return g > 0 ? "+" + Formatter.Format(g, unit, l) : "−" + Formatter.Format(-g, unit, l);
    }
}
