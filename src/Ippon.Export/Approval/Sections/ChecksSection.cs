using Ippon.Checks;
using Ippon.Export.Diagram;
using Ippon.Export.Markup;

namespace Ippon.Export.Approval.Sections;

/// <summary>SMART for every goal, then every finding of the checks with how to fix it.</summary>
static class ChecksSection
{
    public static Section Definition { get; } = new("checks", c => c.T("チェック結果 (SMART と指摘事項)", "Checks: SMART and findings"), _ => true, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        var goals = PlanOrder.Metrics(r, PlanTree.Build(r, l)).Where(m => m.Smart is not null).ToList();
        if (goals.Count > 0)
        {
            h.Line($"<div class=\"keep\"><h3>SMART</h3>");
            h.Line($"<p class=\"small muted\">{c.T("S 具体的 (名前と単位がある)・M 測定可能 (数値目標がある)・A 達成可能 (エラーがなく計画が目標に届く)・R 関連性 (KGI に式でつながる)・T 期限がある", "S specific (a name and a unit) · M measurable (a numeric target) · A achievable (no error, the plan meets the target) · R relevant (connects to the KGI) · T time-bound (a deadline)")}</p>");
            h.Line($"<table><thead><tr><th>{c.T("指標", "Metric")}</th><th>{Words.Owner(l)}</th><th>{Words.Due(l)}</th><th>S</th><th>M</th><th>A</th><th>R</th><th>T</th></tr></thead><tbody>");
            foreach (var m in goals)
            {
                var s = m.Smart!;
                h.Add($"<tr><td class=\"nowrap\">{Html.Role(m.Metric, l)} {m.Metric.Label}</td><td>{m.Metric.Owner ?? "—"}</td><td class=\"nowrap\">{Html.Date(m.Deadline, l)}</td>");
                foreach (var ok in new[] { s.Specific, s.Measurable, s.Achievable, s.Relevant, s.TimeBound })
                    h.Add($"<td class=\"{(ok ? "mark-yes" : "mark-no")}\">{(ok ? "✓" : "✗")}</td>");
                h.Line($"</tr>");
            }
            h.Line($"</tbody></table></div>");
        }

        h.Line($"<h3>{c.T("指摘事項と対処", "Findings and how to fix them")}</h3>");
        if (r.Findings.IsEmpty)
        {
            h.Line($"<p>{c.T("指摘事項はありません。", "No findings.")}</p>");
            return;
        }
        foreach (var f in r.Findings)
        {
            var error = f.Severity == Severity.Error;
            var subject = r.Metric(f.Subject)?.Metric.Label ?? r.Action(f.Subject)?.Action.Label ?? f.Subject;
            var member = f.Member is null ? "" : $" [{f.Member}]";
            h.Line($"<div class=\"finding{(error ? " error" : "")}\"><span class=\"chip {(error ? "error" : "warning")}\">{(error ? c.T("エラー", "error") : c.T("警告", "warning"))}</span> <b>{subject}{member}</b> <span class=\"rule\">{f.Rule.Id}</span>");
            h.Line($"<div>{f.Message.In(l)}</div>");
            h.Line($"<div class=\"small\"><b>{c.T("対処", "Fix")}:</b> {Fixes.For(f.Rule, l)}</div></div>");
        }
    }
}
