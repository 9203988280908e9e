using Ippon.Export.Markup;
using Ippon.Numbers;

namespace Ippon.Export.Approval.Sections;

/// <summary>The action plans: who does what by when, how much, against how much capacity, and the load that leaves.</summary>
static class ActionsSection
{
    public static Section Definition { get; } = new("actions", c => c.T("アクションプラン", "Action plans"), c => !c.Result.Actions.IsEmpty, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        h.Line($"<p class=\"lead\">{c.T("KPI を動かす具体的な施策です。負荷は必要な実施量をチームのキャパシティで割ったもので、80% を超えると黄、100% を超えると赤で示します。", "The concrete activities that move the KPIs. Load is the volume needed divided by the team's capacity: amber above 80%, red above 100%.")}</p>");
        h.Line($"<table class=\"keep\"><thead><tr><th>{Words.Action(l)}</th><th>{c.T("対象", "Drives")}</th><th>{c.T("担当・期限", "Owner, due")}</th><th class=\"num\">{Words.Volume(l)}</th><th class=\"num\">{Words.Capacity(l)}</th><th>{Words.Load(l)}</th><th class=\"num\">{Words.Coverage(l)}</th></tr></thead><tbody>");
        foreach (var a in r.Actions)
        {
            var action = a.Action;
            var driven = r.Metric(action.Drives);
            var capacity = Formatter.Format(a.Capacity, action.Unit, l);
            var detail = action.Capacity is { People: { } p, PerPersonPerDay: { } d, WorkingDays: { } w }
                ? c.T($"{Formatter.Plain(p)}人 × {Formatter.Plain(d)}/日 × {Formatter.Plain(w)}日", $"{Formatter.Plain(p)} people × {Formatter.Plain(d)}/day × {Formatter.Plain(w)} days")
                : null;
            var perDay = a.PerPersonPerDay is { } ppd ? c.T($"1人1日 {Formatter.Plain(ppd)}", $"{Formatter.Plain(ppd)} per person per day") : null;
            var loadState = Html.LoadState(a.Load);
            h.Add($"<tr><td class=\"nowrap\"><b>{action.Label}</b></td><td class=\"nowrap\">{driven?.Metric.Label ?? action.Drives}</td><td>{action.Owner ?? "—"}<br><span class=\"small muted nowrap\">{Html.Date(action.Due, l)}</span></td>");
            h.Add($"<td class=\"num\"><b>{Formatter.Format(a.Volume, action.Unit, l)}</b>{Html.Break(perDay is not null)}<span class=\"small muted\">{perDay}</span></td>");
            h.Add($"<td class=\"num\">{capacity}{Html.Break(detail is not null)}<span class=\"small muted\">{detail}</span></td>");
            h.Add($"<td>{Html.Bar(a.Load, loadState)}<span class=\"small\">{(a.Load is { } load ? Formatter.Percent(load) : c.T("キャパ未設定", "capacity unknown"))}</span></td>");
            h.Line($"<td class=\"num\">{(a.Coverage is { } cov ? Formatter.Percent(cov) : "—")}</td></tr>");
        }
        h.Line($"</tbody></table>");
    }
}
