using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Approval.Sections;

/// <summary>How the plan moved: the plan file's revisions (date, period, reason, the values changed).</summary>
static class HistorySection
{
    public static Section Definition { get; } = new("history", c => c.T("計画の変遷", "How the plan moved"), c => !c.Result.Plan.Revisions.IsEmpty, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var l = c.Language;
        var plan = c.Result.Plan;
        h.Line($"<table class=\"keep\"><thead><tr><th>{c.T("日付", "Date")}</th><th>{c.T("期間", "Period")}</th><th>{c.T("理由", "Reason")}</th><th>{c.T("変更", "Changes")}</th></tr></thead><tbody>");
        foreach (var r in plan.Revisions)
        {
            h.Add($"<tr><td class=\"nowrap\">{Words.Date(r.Date, l)}</td><td>{r.Period ?? ""}</td><td>{r.Reason}</td><td>");
            foreach (var ch in r.Changes)
            {
                var metric = plan.Find(ch.Metric);
                var unit = metric?.Unit ?? Unit.Number;
                h.Add($"<div>{metric?.Label ?? ch.Metric}{(ch.Field == "value" ? "" : $" ({ch.Field})")}: {Formatter.Format(ch.From, unit, l)} → {Formatter.Format(ch.To, unit, l)}</div>");
            }
            h.Line($"</td></tr>");
        }
        h.Line($"</tbody></table>");
    }
}
