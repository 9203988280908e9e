using Ippon.Export.Markup;
using Ippon.Plans;

namespace Ippon.Export.Approval.Sections;

/// <summary>The head of the document: what it is, the title, the approval stamps, who wrote it and when.</summary>
static class CoverSection
{
    public static void Render(MarkupBuilder h, ExportContext c)
    {
        var l = c.Language;
        var plan = c.Result.Plan;
        h.Line($"<header class=\"cover\">");
        h.Line($"<div><div class=\"kind\">{c.T("稟議書", "APPROVAL REQUEST")}</div>");
        h.Line($"<h1>{plan.Title}</h1>");
        h.Line($"<div class=\"subtitle\">{c.T("KGI・KSF・KPI とアクションプランの承認について", "Goal (KGI), success factors (KSF), KPIs and action plans")}</div></div>");
        h.Line($"<table class=\"stamps\"><thead><tr><th>{c.T("決裁", "Approved")}</th><th>{c.T("審査", "Reviewed")}</th><th>{c.T("起案", "Prepared")}</th></tr></thead>");
        h.Line($"<tbody><tr><td></td><td></td><td></td></tr></tbody></table>");
        h.Line($"</header>");

        var author = plan.Author ?? plan.Kgi?.Owner ?? "—";
        h.Line($"<table class=\"meta\"><tbody>");
        h.Line($"<tr><th>{c.T("起案者", "Author")}</th><td>{author}</td><th>{c.T("起案日", "Date")}</th><td class=\"nowrap\">{Words.Date(c.Date, l)}</td></tr>");
        var period = plan.Horizon is { } hz
            ? $"{Words.Date(hz.Start, l)} 〜 {Words.Date(hz.End, l)} ({Html.Period(hz, l)}{c.T("ごとに見直し", " reviews")})"
            : plan.Kgi?.Deadline is { } d ? c.T($"{Words.Date(d, l)} まで", $"until {Words.Date(d, l)}") : "—";
        var scenario = c.Result.Scenario ?? c.T("基本計画", "base plan");
        h.Line($"<tr><th>{c.T("計画期間", "Horizon")}</th><td>{period}</td><th>{c.T("シナリオ", "Scenario")}</th><td>{scenario}</td></tr>");
        h.Line($"</tbody></table>");
    }

    /// <summary>The decision asked for, in one sentence.</summary>
    public static string Request(ExportContext c)
    {
        var r = c.Result;
        var kgi = r.Kgi;
        var ksf = r.Metrics.Count(m => m.Metric.Role == MetricRole.Ksf);
        var kpi = r.Metrics.Count(m => m.Metric.Role == MetricRole.Kpi);
        var actions = r.Actions.Length;
        if (kgi is null) return c.T("下記の計画について承認をお願いします。", "Approval is requested for the plan below.");
        var target = Numbers.Formatter.Format(kgi.Target, kgi.Metric.Unit, c.Language);
        var deadline = kgi.Deadline is { } d ? Words.Date(d, c.Language) : null;
        return c.T(
            $"KGI「{kgi.Metric.Label}」{target}{(deadline is null ? "" : $" ({deadline}まで)")} を、KSF {ksf} 件・KPI {kpi} 件・アクションプラン {actions} 件で達成する下記の計画について、承認をお願いします。",
            $"Approval is requested for the plan below, which reaches the KGI \"{kgi.Metric.Label}\" of {target}{(deadline is null ? "" : $" by {deadline}")} through {ksf} success factor(s), {kpi} KPI(s) and {actions} action plan(s).");
    }
}
