using Ippon.Export.Diagram;
using Ippon.Export.Markup;
using Ippon.Numbers;

namespace Ippon.Export.Approval.Sections;

/// <summary>Every metric of the plan in one table, ids included, for whoever checks the numbers line by line.</summary>
static class AppendixSection
{
    public static Section Definition { get; } = new("appendix", c => c.T("付録: 指標一覧", "Appendix: every metric"), c => !c.Result.Metrics.IsEmpty, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        h.Line($"<table><thead><tr><th>ID</th><th>{c.T("指標", "Metric")}</th><th>{c.T("式", "Formula")}</th><th class=\"num\">{Words.Target(l)}</th><th class=\"num\">{Words.Planned(l)}</th><th class=\"num\">{Words.Gap(l)}</th><th>{Words.Owner(l)}</th></tr></thead><tbody>");
        foreach (var m in PlanOrder.Metrics(r, PlanTree.Build(r, l)))
        {
            var assumption = Words.IsAssumption(m.Metric);
            h.Line($"<tr><td class=\"mono\">{m.Id}</td><td class=\"nowrap\">{Html.Role(m.Metric, l)} {m.Metric.Label}</td><td class=\"mono\">{m.Metric.Formula?.Text ?? ""}</td><td class=\"num\">{(assumption ? "" : Formatter.Format(m.Target, m.Metric.Unit, l))}</td><td class=\"num\">{Html.Planned(m, l)}</td><td class=\"num\">{(assumption ? "" : Words.Signed(m.Gap, m.Metric.Unit, l))}</td><td>{m.Metric.Owner ?? ""}</td></tr>");
        }
        h.Line($"</tbody></table>");
    }
}
