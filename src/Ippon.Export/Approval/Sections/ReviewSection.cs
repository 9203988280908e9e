using Ippon.Checks;
using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Export.Approval.Sections;

/// <summary>The quarterly review when actuals are given: where the KGI lands, plan against actual, the observed rates, the re-plan and what to act on.</summary>
static class ReviewSection
{
    public static Section Definition { get; } = new("review",
        c => c.T($"実績レビュー ({c.Review!.AsOf.Label} 時点)", $"Review as of {c.Review!.AsOf.Label}"), c => c.Review is not null, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var review = c.Review!;
        var l = c.Language;
        var asOf = review.AsOf;
        h.Line($"<p class=\"lead\">{c.T($"{Words.Date(review.Calendar.Periods[0].Start, l)} 〜 {Words.Date(asOf.End, l)} の実績 ({asOf.Index + 1}/{review.Calendar.Count} 期) を計画と比べ、実績の率で目標を逆算し直しました (KGI・KSF の目標はそのまま)。", $"Actuals from {Words.Date(review.Calendar.Periods[0].Start, l)} to {Words.Date(asOf.End, l)} ({asOf.Index + 1} of {review.Calendar.Count} periods) against the plan, and the targets back-calculated again with the observed rates (KGI and KSF targets unchanged).")}</p>");
        Landing(h, c, review);
        PlanVsActual(h, c, review);
        Quality(h, c, review);
        Focus(h, c, review);
    }

    static void Landing(MarkupBuilder h, ExportContext c, ReviewResult review)
    {
        if (review.Kgi is not { } k || review.Baseline.Kgi is not { } kgi) return;
        var l = c.Language;
        var unit = kgi.Metric.Unit;
        var down = kgi.Metric.Direction == Direction.Down;
        var short_ = k.ForecastGap is { } g && (down ? g > 0 : g < 0);
        h.Line($"<div class=\"cards\">");
        h.Line($"<div class=\"card kgi\"><div class=\"label\">KGI　{kgi.Metric.Label}　{c.T("着地予測 (残りを計画どおり)", "landing if the rest goes as planned")}</div><div class=\"value\">{Formatter.Format(k.Forecast, unit, l)}</div>");
        h.Line($"<div class=\"sub\">{Words.Target(l)} {Formatter.Format(k.Target, unit, l)}　{Words.Gap(l)} {Words.Signed(k.ForecastGap, unit, l)}　{Html.Chip(short_ ? State.Behind : State.Ok, l)}</div></div>");
        h.Line($"<div class=\"card\"><div class=\"label\">{c.T("現ペースが続いた場合", "at the pace to date")}</div><div class=\"value\">{Formatter.Format(k.ForecastRunRate, unit, l)}</div><div class=\"sub\">{c.T("実績のペースで年間を伸ばした着地", "the year at the pace of the actuals")}</div></div>");
        h.Line($"<div class=\"card\"><div class=\"label\">{c.T("今期までの KGI", "KGI to date")}</div><div class=\"value\">{Formatter.Format(k.ActualToDate, unit, l)}</div><div class=\"sub\">{c.T("計画", "plan")} {Formatter.Format(k.PlannedToDate, unit, l)} ({Words.Signed(k.GapToDate, unit, l)})</div></div>");
        h.Line($"</div>");
        if (!k.AssumedOnPlan.IsEmpty)
        {
            var names = string.Join(l.T("、", ", "), k.AssumedOnPlan.Select(id => review.Plan.Find(id)?.Label ?? id));
            h.Line($"<p class=\"small muted\">{c.T($"※ 実績のない {names} は計画どおりとみなしています。", $"Note: {names} without actuals are taken as planned.")}</p>");
        }
    }

    // Quantities that matter to a manager: the KGI, KSFs, KPIs and computed volumes.
    static IEnumerable<MetricReview> Volumes(ReviewResult review) =>
        review.Metrics.Where(m => m.Member is null && !m.IsQuality && (m.Metric.Metric.Role is not null || m.Metric.Metric.Formula is not null));

    static void PlanVsActual(MarkupBuilder h, ExportContext c, ReviewResult review)
    {
        var l = c.Language;
        h.Line($"<div class=\"keep\"><h3>{c.T("計画 vs 実績と再計画", "Plan vs actual, and the re-plan")}</h3>");
        h.Line($"<table><thead><tr><th>{c.T("指標", "Metric")}</th><th class=\"num\">{c.T("累計計画", "Plan to date")}</th><th class=\"num\">{c.T("累計実績", "Actual to date")}</th><th>{c.T("達成率", "Attained")}</th><th class=\"num\">{c.T("着地予測", "Landing")}</th><th class=\"num\">{c.T("当初目標", "Target")}</th><th class=\"num\">{c.T("再計画目標", "Re-planned")}</th><th class=\"num\">{c.T("残り", "Remaining")}</th></tr></thead><tbody>");
        foreach (var m in Volumes(review))
        {
            var metric = m.Metric.Metric;
            var unit = metric.Unit;
            var state = m.Attainment switch { null => State.None, < 0.95m => State.Behind, _ => State.Ok };
            var moved = m.ReplannedTarget != m.Metric.Target;
            h.Add($"<tr><td class=\"nowrap\">{Html.Role(metric, l)} {metric.Label}</td><td class=\"num\">{Formatter.Format(m.PlannedToDate, unit, l)}</td><td class=\"num\">{Formatter.Format(m.ActualToDate, unit, l)}</td>");
            h.Add($"<td>{Html.Bar(m.Attainment, state)}<span class=\"small\">{(m.Attainment is { } a ? Formatter.Percent(a) : "—")}</span></td>");
            h.Add($"<td class=\"num\">{Formatter.Format(m.Forecast, unit, l)}</td><td class=\"num\">{Formatter.Format(m.Metric.Target, unit, l)}</td>");
            h.Line($"<td class=\"num\">{(moved ? new Trusted("<b>") : default)}{Formatter.Format(m.ReplannedTarget, unit, l)}{(moved ? new Trusted("</b>") : default)}</td><td class=\"num\">{Formatter.Format(m.Remaining, unit, l)}</td></tr>");
        }
        h.Line($"</tbody></table></div>");
        if (!review.Observed.IsEmpty)
        {
            var changes = review.Observed.Select(o =>
            {
                var r = review.Baseline.Metric(o.Metric)!;
                return $"{r.Metric.Label} {Formatter.Format(r.PlannedValue, r.Metric.Unit, l)} → {Formatter.Format(o.Value, r.Metric.Unit, l)}";
            });
            h.Line($"<p class=\"small\">{c.T("再計画で実績に置き換えた前提", "Assumptions replaced by the observed values")}: {string.Join(l.T("、", "; "), changes)}</p>");
        }
    }

    static void Quality(MarkupBuilder h, ExportContext c, ReviewResult review)
    {
        var rates = review.Metrics.Where(m => m.Member is null && m.IsQuality && m.Metric.ConnectedToKgi && m.Observed is not null).ToList();
        if (rates.Count == 0) return;
        var l = c.Language;
        h.Line($"<div class=\"keep\"><h3>{c.T("質の指標: 前提 vs 実績", "Quality metrics: assumed vs observed")}</h3>");
        h.Line($"<table><thead><tr><th>{c.T("指標", "Metric")}</th><th class=\"num\">{c.T("前提", "Assumed")}</th><th class=\"num\">{c.T("実績", "Observed")}</th><th class=\"num\">{c.T("前提比", "vs assumed")}</th><th>{c.T("根拠", "From")}</th></tr></thead><tbody>");
        foreach (var m in rates)
        {
            var metric = m.Metric.Metric;
            var from = m.Source switch
            {
                ActualSource.Given => c.T("実績ファイル", "actuals file"),
                ActualSource.Solved when review.Plan.Find(m.SolvedFrom ?? "") is { Formula: { } f } parent
                    => c.T($"{parent.Label} = {FormulaText.Readable(review.Baseline, parent)} から逆算", $"solved from {parent.Label} = {FormulaText.Readable(review.Baseline, parent)}"),
                ActualSource.Computed => $"= {FormulaText.Readable(review.Baseline, metric)}",
                _ => "",
            };
            h.Line($"<tr><td>{metric.Label}</td><td class=\"num\">{Formatter.Format(m.PlannedToDate, metric.Unit, l)}</td><td class=\"num\"><b>{Formatter.Format(m.Observed, metric.Unit, l)}</b></td><td class=\"num\">{(m.Attainment is { } a ? Formatter.Percent(a) : "—")}</td><td class=\"small\">{from}</td></tr>");
        }
        h.Line($"</tbody></table></div>");
    }

    static void Focus(MarkupBuilder h, ExportContext c, ReviewResult review)
    {
        var l = c.Language;
        h.Line($"<h3>{c.T("打ち手: KGI の差を説明する指標 (対応する順)", "Act on: the metrics that explain the KGI's gap, in order")}</h3>");
        if (review.Focus.IsEmpty)
        {
            h.Line($"<p>{(review.BehindToDate
                ? c.T("KGI は計画を下回っていますが、どの指標が原因かは実績から分けられません (KPI とその率の実績を加えてください)。", "The KGI is behind plan, but the actuals do not say which metrics explain it (add actuals for the KPIs and their rates).")
                : c.T("KGI は計画どおりかそれ以上のペースです。", "The KGI is on or ahead of plan."))}</p>");
            return;
        }
        h.Line($"<table class=\"keep\"><thead><tr><th>#</th><th>{c.T("指標", "Metric")}</th><th>{c.T("KGI の不足に占める割合", "Share of the KGI's shortfall")}</th><th>{c.T("理由と再計画", "Why, and the re-plan")}</th></tr></thead><tbody>");
        for (var i = 0; i < review.Focus.Length; i++)
        {
            var f = review.Focus[i];
            var label = review.Plan.Find(f.Metric)?.Label ?? f.Metric;
            var via = f.Kpi is not null && f.Kpi != f.Metric ? $" → {review.Plan.Find(f.Kpi)?.Label ?? f.Kpi}" : "";
            h.Line($"<tr><td>{i + 1}</td><td class=\"nowrap\"><b>{label}</b>{via}</td><td>{Html.Bar(f.Share, State.Error)}<span class=\"small\">{Formatter.Percent(f.Share)}</span></td><td class=\"small\">{f.Reason.In(l)}</td></tr>");
        }
        h.Line($"</tbody></table>");
    }
}
