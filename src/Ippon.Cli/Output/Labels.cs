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
        _ when m.Formula is not null => l == Language.Ja ? "中間" : "calc",
        _ when m.Value is not null || !m.MemberValues.IsEmpty => l == Language.Ja ? "前提" : "assumption",
        _ => l == Language.Ja ? "入力" : "input",
    };

    public static string Target(Language l) => l == Language.Ja ? "目標" : "target";

    public static string Planned(Language l) => l == Language.Ja ? "計画" : "planned";

    public static string Gap(Language l) => l == Language.Ja ? "差" : "gap";

    public static string Owner(Language l) => l == Language.Ja ? "担当" : "owner";

    public static string Due(Language l) => l == Language.Ja ? "期限" : "due";

    public static string Load(Language l) => l == Language.Ja ? "負荷" : "load";

    public static string Explicit(Language l) => l == Language.Ja ? "設定値" : "given";
}
