using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Cli.Output;

/// <summary>The words of the terminal output in both languages.</summary>
static class Labels
{
    public static string Role(Metric m, Language l) => m.Role switch
    {
        MetricRole.Kgi => "KGI",
        MetricRole.Ksf => "KSF",
        MetricRole.Kpi => "KPI",
        _ when m.Formula is not null => l.T("中間", "calc"),
        _ when m.Value is not null || !m.MemberValues.IsEmpty => l.T("前提", "assumption"),
        _ => l.T("入力", "input"),
    };

    public static string Target(Language l) => l.T("目標", "target");

    public static string Planned(Language l) => l.T("計画", "planned");

    public static string Gap(Language l) => l.T("差", "gap");

    public static string Owner(Language l) => l.T("担当", "owner");

    public static string Due(Language l) => l.T("期限", "due");

    public static string Load(Language l) => l.T("負荷", "load");

    public static string Explicit(Language l) => l.T("設定値", "given");
}
