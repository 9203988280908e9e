using Ippon.Checks;
using Ippon.Export.Markup;
using Ippon.Forecast.Reporting;
using Ippon.Numbers;

namespace Ippon.Export.Approval.Sections;

/// <summary>達成確率: how likely the KGI is (with the actuals to date when given), where each KPI lands, what spreads it, and the plan that gives the chosen chance.</summary>
static class ForecastSection
{
    public static Section Definition { get; } = new("forecast",
        c => c.T("達成確率", "Chance of reaching the KGI"), c => c.Forecast is { Kgi.Probability: not null }, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var f = c.Forecast!;
        var kgi = f.Kgi!;
        var l = c.Language;
        var unit = kgi.Metric.Metric.Unit;
        var when = f.AsOf is { } asOf ? c.T($"{asOf.Label} までの実績に、", $"The actuals to {asOf.Label} plus ") : "";
        h.Line($"<p class=\"lead\">{when}{c.T($"残りの期間を計画の式どおりに {f.Trials:N0} 回シミュレーションしました (率は前提と実績から推定した分布から、受注は商談ごとの当たり外れを含めて)。", $"the remaining periods simulated {f.Trials:N0} times through the plan's formulas (rates drawn from what the assumptions and the actuals say, each deal won or lost by chance).")}</p>");
        h.Line($"<div class=\"cards\">");
        h.Line($"<div class=\"card kgi\"><div class=\"label\">KGI　{kgi.Metric.Metric.Label}　{c.T("達成確率", "chance")}</div><div class=\"value\">{ForecastFormat.Probability(kgi.Probability!.Value)}</div><div class=\"sub\">{Words.Target(l)} {Formatter.Format(kgi.Target, unit, l)}</div></div>");
        h.Line($"<div class=\"card\"><div class=\"label\">{c.T("着地 (中央値)", "landing (median)")}</div><div class=\"value\">{ForecastFormat.Value(kgi.Landing.P50, unit, l)}</div><div class=\"sub\">P10 {ForecastFormat.Value(kgi.Landing.P10, unit, l)} – P90 {ForecastFormat.Value(kgi.Landing.P90, unit, l)}</div></div>");
        if (f.AtConfidence is { } at && f.Plan.Find(at.Lever) is { } lever)
        {
            h.Line($"<div class=\"card\"><div class=\"label\">{c.T($"{ForecastFormat.Level(at.Level)} にするには", $"for {ForecastFormat.Level(at.Level)}")}</div><div class=\"value\">{Formatter.Format(at.LeverTarget, lever.Unit, l)}</div><div class=\"sub\">{lever.Label} ({c.T("現計画", "now")} {Formatter.Format(at.BaselineLever, lever.Unit, l)})</div></div>");
        }
        h.Line($"</div>");
        h.Line($"<p><b>{ForecastText.Headline(f, l)}</b></p>");

        h.Line($"<div class=\"keep\"><h3>{c.T("KPI の着地", "Where each metric lands")}</h3>");
        h.Line($"<table><thead><tr><th>{c.T("指標", "Metric")}</th><th class=\"num\">{Words.Target(l)}</th><th class=\"num\">{c.T("達成確率", "Chance")}</th><th class=\"num\">P10</th><th class=\"num\">P50</th><th class=\"num\">P90</th></tr></thead><tbody>");
        foreach (var m in f.Metrics.Where(m => m.Metric.Metric.Role is not null && m.Metric.Kind == Ippon.Plans.MetricKind.Quantity))
        {
            var u = m.Metric.Metric.Unit;
            h.Line($"<tr><td class=\"nowrap\">{Html.Role(m.Metric.Metric, l)} {m.Metric.Metric.Label}</td><td class=\"num\">{Formatter.Format(m.Target, u, l)}</td><td class=\"num\"><b>{(m.Probability is { } p ? ForecastFormat.Probability(p) : "—")}</b></td><td class=\"num\">{ForecastFormat.Value(m.Landing.P10, u, l)}</td><td class=\"num\">{ForecastFormat.Value(m.Landing.P50, u, l)}</td><td class=\"num\">{ForecastFormat.Value(m.Landing.P90, u, l)}</td></tr>");
        }
        h.Line($"</tbody></table></div>");

        if (!f.Beliefs.IsEmpty)
        {
            h.Line($"<div class=\"keep\"><h3>{c.T("前提の確かさ: 事前 → 実績 → 事後", "How sure the assumptions are: prior → observed → posterior")}</h3>");
            h.Line($"<table><thead><tr><th>{c.T("指標", "Metric")}</th><th class=\"num\">{c.T("事前", "Prior")}</th><th class=\"num\">{c.T("実績", "Observed")}</th><th class=\"num\">{c.T("事後 (P10–P90)", "Posterior (P10–P90)")}</th></tr></thead><tbody>");
            foreach (var b in f.Beliefs)
            {
                var u = f.Plan.Find(b.Metric)?.Unit ?? Ippon.Plans.Unit.Number;
                var observed = ForecastText.Observed(f, b, l) ?? "—";
                h.Line($"<tr><td>{f.Plan.Find(b.Metric)?.Label ?? b.Metric}</td><td class=\"num\">{ForecastFormat.Value(b.Prior.Mean, u, l)}</td><td class=\"num\">{observed}</td><td class=\"num\"><b>{ForecastFormat.Value(b.Posterior.Mean, u, l)}</b> ({ForecastFormat.Value(b.Posterior.P10, u, l)}–{ForecastFormat.Value(b.Posterior.P90, u, l)})</td></tr>");
            }
            h.Line($"</tbody></table></div>");
        }

        if (!f.Contributions.IsEmpty)
        {
            h.Line($"<div class=\"keep\"><h3>{c.T("KGI のばらつきの要因", "What spreads the KGI")}</h3><table><tbody>");
            foreach (var x in f.Contributions)
                h.Line($"<tr><td>{ForecastText.Source(f, x.Source, l)}</td><td>{Html.Bar((decimal)x.Share, State.Ok)}<span class=\"small\">{ForecastFormat.Probability(x.Share)}</span></td></tr>");
            h.Line($"</tbody></table></div>");
        }

        if (f.AtConfidence is { } plan)
        {
            h.Line($"<div class=\"keep\"><h3>{c.T($"達成確率 {ForecastFormat.Level(plan.Level)} の計画とアクションの負荷", $"The plan for a {ForecastFormat.Level(plan.Level)} chance, and the actions' loads")}</h3>");
            h.Line($"<table><thead><tr><th>{c.T("アクション", "Action")}</th><th class=\"num\">{c.T("現計画", "Now")}</th><th class=\"num\">{ForecastFormat.Level(plan.Level)}</th><th>{c.T("負荷", "Load")}</th></tr></thead><tbody>");
            foreach (var a in plan.Plan.Actions)
            {
                var before = f.Review.Baseline.Action(a.Id)?.Volume;
                h.Line($"<tr><td>{a.Action.Name ?? a.Id}</td><td class=\"num\">{Formatter.Format(before, a.Action.Unit, l)}</td><td class=\"num\">{Formatter.Format(a.Volume, a.Action.Unit, l)}</td><td>{Html.Bar(a.Load, Html.LoadState(a.Load))}<span class=\"small\">{(a.Load is { } x ? Formatter.Percent(Math.Round(x, 3)) : "—")}</span></td></tr>");
            }
            h.Line($"</tbody></table>");
            foreach (var finding in plan.NewFindings)
                h.Line($"<p class=\"small\"><b>{c.T("その計画では", "That plan")}:</b> {finding.Message.In(l)}</p>");
            h.Line($"</div>");
        }
        h.Line($"<p class=\"small muted\">{c.T($"乱数シード {f.Seed}、{f.Trials:N0} 回の試行。同じ計画と実績からは同じ数字になります。前提の確かさの書き方と計算方法は docs/forecast.md。", $"Seed {f.Seed}, {f.Trials:N0} trials: the same plan and actuals give the same figures. How uncertainty is written and computed: docs/forecast.md.")}</p>");
    }
}
