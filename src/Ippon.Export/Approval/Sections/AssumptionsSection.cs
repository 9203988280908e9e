using Ippon.Export.Markup;
using Ippon.Numbers;

namespace Ippon.Export.Approval.Sections;

/// <summary>The assumptions the targets rest on (rates, unit prices) and where each one is used.</summary>
static class AssumptionsSection
{
    public static Section Definition { get; } = new("assumptions", c => c.T("前提条件", "Assumptions"),
        c => c.Result.Metrics.Any(m => Words.IsAssumption(m.Metric)), Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        var assumptions = r.Metrics.Where(m => Words.IsAssumption(m.Metric)).ToList();
        h.Line($"<p class=\"lead\">{c.T("逆算の前提とした値です。これらが変わると必要な KPI の目標が変わります (四半期ごとに実績で見直します)。", "The values the back-calculation rests on; when one changes, the KPI targets it feeds change with it (reviewed against actuals every quarter).")}</p>");
        h.Line($"<table class=\"keep\"><thead><tr><th>{c.T("前提", "Assumption")}</th><th class=\"num\">{c.T("値", "Value")}</th><th>{c.T("使われる式", "Used in")}</th><th>{c.T("備考", "Note")}</th></tr></thead><tbody>");
        foreach (var m in assumptions)
        {
            var users = r.ReadersOf(m.Id)
                .Select(o => $"{o.Metric.Label} = {FormulaText.Readable(r, o.Metric)}");
            h.Line($"<tr><td><b>{m.Metric.Label}</b></td><td class=\"num\">{Formatter.Format(m.PlannedValue ?? m.Metric.Value, m.Metric.Unit, l)}</td><td class=\"formula\">{string.Join(l.T("、", "; "), users)}</td><td>{m.Metric.Note ?? ""}</td></tr>");
        }
        h.Line($"</tbody></table>");
    }
}
