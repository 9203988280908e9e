using Ippon.Numbers;

namespace Ippon.Plans;

/// <summary>
/// The words every shell shows about a plan's metrics, in both languages: the CLI's trees and tables, the documents
/// and the workbook (were written twice, the CLI's Labels and Export's Words).
/// </summary>
/// <remarks>The English is the running-text form (target); a document's column heading capitalises it (Target).</remarks>
public static class PlanWords
{
    /// <summary>The layer of a metric as a short tag: KGI, KSF, KPI, 中間 (calc), 前提 (assumption), 入力 (input).</summary>
    public static string Role(Metric metric, Language language)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Role switch
        {
            MetricRole.Kgi => "KGI",
            MetricRole.Ksf => "KSF",
            MetricRole.Kpi => "KPI",
            _ when metric.Formula is not null => language.T("中間", "calc"),
            _ when metric.Value is not null || !metric.MemberValues.IsEmpty => language.T("前提", "assumption"),
            _ => language.T("入力", "input"),
        };
    }

    public static Message Target { get; } = new("目標", "target");

    public static Message Planned { get; } = new("計画", "planned");

    public static Message Gap { get; } = new("差", "gap");

    public static Message Owner { get; } = new("担当", "owner");

    public static Message Due { get; } = new("期限", "due");

    public static Message Load { get; } = new("負荷", "load");
}
