using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export;

/// <summary>The words every export shares, in both languages.</summary>
static class Words
{
    /// <summary>The layer of a metric as a short tag: KGI, KSF, KPI, 中間, 前提, 入力.</summary>
    public static string Role(Metric m, Language l) => m.Role switch
    {
        MetricRole.Kgi => "KGI",
        MetricRole.Ksf => "KSF",
        MetricRole.Kpi => "KPI",
        _ when m.Formula is not null => l.T("中間", "calc"),
        _ when m.Value is not null || !m.MemberValues.IsEmpty => l.T("前提", "assumption"),
        _ => l.T("入力", "input"),
    };

    /// <summary>True for an assumption: a metric with a value, no role and no formula (never solved for).</summary>
    public static bool IsAssumption(Metric m) => m.Role is null && m.Formula is null && (m.Value is not null || !m.MemberValues.IsEmpty);

    public static string Action(Language l) => l.T("施策", "Action");

    public static string Target(Language l) => l.T("目標", "Target");

    public static string Planned(Language l) => l.T("計画", "Planned");

    public static string Gap(Language l) => l.T("差", "Gap");

    public static string Owner(Language l) => l.T("担当", "Owner");

    public static string Due(Language l) => l.T("期限", "Due");

    public static string Volume(Language l) => l.T("実施量", "Volume");

    public static string Capacity(Language l) => l.T("キャパシティ", "Capacity");

    public static string Load(Language l) => l.T("負荷", "Load");

    public static string Coverage(Language l) => l.T("充足率", "Coverage");

    public static string State(State s, Language l) => s switch
    {
        Checks.State.Ok => l.T("達成見込み", "on target"),
        Checks.State.Behind => l.T("目標未達", "short of target"),
        Checks.State.Error => l.T("エラー", "error"),
        _ => l.T("対象外", "not judged"),
    };

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
