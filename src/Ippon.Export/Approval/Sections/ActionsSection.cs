using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Approval.Sections;

/// <summary>The action plans: who does what by when, how much, against how much capacity, and the load that leaves.</summary>
static class ActionsSection
{
    public static Section Definition { get; } = new("actions", c => c.T("アクションプラン", "Action plans"), c => !c.Result.Actions.IsEmpty, Render);

    static string Unit(CapacityPeriod per, Language l) => per switch
    {
        CapacityPeriod.Week => l.T("週", "week"),
        CapacityPeriod.Month => l.T("月", "month"),
        _ => l.T("日", "day"),
    };

    static string Units(CapacityPeriod per, Language l) => per switch
    {
        CapacityPeriod.Week => l.T("週", "weeks"),
        CapacityPeriod.Month => l.T("か月", "months"),
        _ => l.T("日", "days"),
    };

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
            var detail = action.Capacity is { People: { } p, PerPerson: { } pp, Periods: { } n } cap
                ? c.T($"{Formatter.Plain(p)}人 × {Formatter.Pace(pp)}/{Unit(cap.Per, l)} × {Formatter.Plain(n)}{Units(cap.Per, l)}",
                      $"{Formatter.Plain(p)} people × {Formatter.Pace(pp)}/{Unit(cap.Per, l)} × {Formatter.Plain(n)} {Units(cap.Per, l)}")
                : null;
            var perDay = a.PerPersonNeeded is { } ppd && action.Capacity is { } cp
                ? c.T($"1人{Formatter.Per(cp.Per, l)} {Formatter.Pace(ppd)}", $"{Formatter.Pace(ppd)} per person {Formatter.Per(cp.Per, l)}")
                : null;
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
