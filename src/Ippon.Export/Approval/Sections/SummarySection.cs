using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Export.Diagram;
using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Approval.Sections;

/// <summary>The page a director reads first: the decision asked for, the KGI, the verdict of the checks, and the one line from the KGI to the actions.</summary>
static class SummarySection
{
    public static Section Definition { get; } = new("summary", c => c.T("概要", "Summary"), _ => true, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        h.Line($"<div class=\"request\">{CoverSection.Request(c)}</div>");

        h.Line($"<div class=\"cards\">");
        if (r.Kgi is { } kgi)
        {
            var state = States.Of(r, kgi);
            h.Line($"<div class=\"card kgi\"><div class=\"label\">KGI　{kgi.Metric.Label}</div><div class=\"value\">{Formatter.Format(kgi.Target, kgi.Metric.Unit, l)}</div>");
            h.Line($"<div class=\"sub\">{c.T("期限", "Due")} {Html.Date(kgi.Deadline, l)}　{Words.Planned(l)} {Html.Planned(kgi, l)}　{Html.Chip(state, l)}</div></div>");
        }
        var ksf = r.Metrics.Count(m => m.Metric.Role == MetricRole.Ksf);
        var kpi = r.Metrics.Count(m => m.Metric.Role == MetricRole.Kpi);
        h.Line($"<div class=\"card\"><div class=\"label\">KSF / KPI</div><div class=\"value\">{ksf} / {kpi}</div><div class=\"sub\">{c.T("KGI に式でつながる指標", "metrics tied to the KGI by formulas")}</div></div>");
        var maxLoad = r.Actions.Select(a => a.Load).Where(x => x is not null).DefaultIfEmpty(null).Max();
        h.Line($"<div class=\"card\"><div class=\"label\">{c.T("アクションプラン", "Action plans")}</div><div class=\"value\">{r.Actions.Length}</div><div class=\"sub\">{c.T("最大負荷", "highest load")} {(maxLoad is { } ml ? Formatter.Percent(ml) : "—")}</div></div>");
        h.Line($"</div>");

        var errors = r.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = r.Findings.Count(f => f.Severity == Severity.Warning);
        var (css, text) = errors > 0
            ? ("error", c.T($"要修正: エラー {errors} 件、警告 {warnings} 件があります (「チェック結果」参照)", $"Needs changes: {errors} error(s) and {warnings} warning(s) (see the checks)"))
            : warnings > 0
                ? ("behind", c.T($"注意: 警告 {warnings} 件があります (「チェック結果」参照)。エラーはありません", $"Attention: {warnings} warning(s) (see the checks); no errors"))
                : ("ok", c.T("チェック結果: エラー・警告はありません。すべての目標が KGI から式で逆算され、施策はキャパシティ内です", "Checks: no errors, no warnings. Every target is back-calculated from the KGI and every action fits its capacity"));
        h.Line($"<div class=\"verdict {css}\">{text}</div>");

        var line = MainLine(r, PlanTree.Build(r, l), l);
        if (line.Count > 1)
        {
            h.Line($"<h3>{c.T("KGI から施策までの一本の線", "One line from the KGI to the actions")}</h3>");
            h.Line($"<div class=\"line\">");
            for (var i = 0; i < line.Count; i++)
            {
                if (i > 0) h.Line($"<div class=\"arrow\">→</div>");
                h.Add($"<div class=\"step\">");
                foreach (var (what, amount) in line[i]) h.Add($"<div class=\"what\">{what}</div><div class=\"amount\">{amount}</div>");
                h.Line($"</div>");
            }
            h.Line($"</div>");
        }
    }

    // Down the tree from the KGI along the deepest metric path, ending with the actions of the last metric in one step.
    static List<List<(string What, string Amount)>> MainLine(PlanResult r, IReadOnlyList<DiagramNode> roots, Language l)
    {
        var steps = new List<List<(string, string)>>();
        if (roots.Count == 0 || r.Kgi is null) return steps;
        var node = roots[0];
        while (true)
        {
            if (r.Metric(node.Id) is { } m) steps.Add([(m.Metric.Label, Formatter.Format(m.Target, m.Metric.Unit, l))]);
            var next = node.Children.Where(ch => ch.Kind is not (BoxKind.Action or BoxKind.Reference)).OrderByDescending(Depth).FirstOrDefault();
            if (next is null) break;
            node = next;
        }
        var actions = node.Children.Where(ch => ch.Kind == BoxKind.Action).Select(a => r.Action(a.Id)).OfType<ActionResult>()
            .Select(a => (a.Action.Label, Formatter.Format(a.Volume, a.Action.Unit, l))).ToList();
        if (actions.Count > 0) steps.Add(actions);
        return steps;
    }

    static int Depth(DiagramNode n) => 1 + n.Children.Where(c => c.Kind is not (BoxKind.Action or BoxKind.Reference)).Select(Depth).DefaultIfEmpty(0).Max();
}
