using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Optimize;

namespace Ippon.Export.Approval.Sections;

/// <summary>
/// The optimal action mix: the plan's mix next to the cheapest one that covers every KPI within the teams' hours and the
/// actions' limits, what it saves, each team's load; or, when no mix fits, the smallest fixes as sentences.
/// </summary>
/// <remarks>Only for plans that give the optimizer something to weigh (teams, costs or hours per unit): <see cref="ExportContext.Optimization"/>.</remarks>
static class OptimizeSection
{
    public static Section Definition { get; } = new("optimize", c => c.T("アクションの最適な組み合わせ", "The optimal action mix"),
        c => c.Optimization is { Status: not SolveStatus.Unsupported and not SolveStatus.TimedOut }, Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var l = c.Language;
        var r = c.Optimization!;
        var currency = r.Plan.Currency;
        string Money(decimal v) => Formatter.Money(v, currency, l);
        h.Line($"<p class=\"lead\">{c.T("KPI をすべて満たし、各チームの時間と各アクションの上限に収まる組み合わせのうち、費用が最小のものを計画の今の組み合わせと並べました (Google OR-Tools CP-SAT で求め、計画の式で検算)。", "The mix that covers every KPI within each team's hours and each action's limits at the least cost, next to the plan's mix (found with Google OR-Tools CP-SAT, checked through the plan's formulas).")}</p>");
        if (r.HasMix)
        {
            var saving = r.CurrentCost - r.OptimalCost!.Value;
            h.Line($"<div class=\"cards\">");
            h.Line($"<div class=\"card\"><div class=\"label\">{c.T("今の計画の費用", "the plan's cost")}</div><div class=\"value\">{Money(r.CurrentCost)}</div><div class=\"sub\">{Formatter.Hours(r.CurrentHours, l)}</div></div>");
            h.Line($"<div class=\"card kgi\"><div class=\"label\">{c.T("最適な組み合わせの費用", "the optimal mix's cost")}</div><div class=\"value\">{Money(r.OptimalCost.Value)}</div><div class=\"sub\">{Formatter.Hours(r.OptimalHours ?? 0, l)}</div></div>");
            h.Line($"<div class=\"card\"><div class=\"label\">{c.T("削減できる費用", "saving")}</div><div class=\"value\">{Money(saving)}</div><div class=\"sub\">{(r.CurrentCost > 0 ? Formatter.Percent(decimal.Round(saving / r.CurrentCost, 4)) : "—")}</div></div>");
            h.Line($"</div>");
        }
        h.Line($"<div class=\"request\"><b>{OptimizeSummary.Of(r).In(l)}</b></div>");
        h.Line($"<table class=\"keep\"><thead><tr>");
        h.Line($"<th>{c.T("アクション", "Action")}</th><th>{c.T("チーム", "Team")}</th><th class=\"num\">{c.T("今の計画", "Plan now")}</th><th class=\"num\">{c.T("最適", "Optimal")}</th><th class=\"num\">{c.T("費用 今 → 最適", "Cost now → optimal")}</th><th class=\"num\">{c.T("工数 今 → 最適", "Hours now → optimal")}</th></tr></thead><tbody>");
        foreach (var line in r.Lines)
        {
            var unit = line.Action.Unit;
            var optimal = line.Optimal is { } o ? Formatter.Format(o, unit, l) : "—";
            h.Line($"<tr><td>{line.Action.Label}</td><td>{line.Action.Team ?? "—"}</td><td class=\"num\">{Formatter.Format(line.Current, unit, l)}</td>"
                   + $"<td class=\"num\">{new Trusted(line.Optimal is { } m && m != line.Current ? $"<b>{Xml.Escape(optimal)}</b>" : Xml.Escape(optimal))}</td>"
                   + $"<td class=\"num\">{Money(line.CurrentCost)} → {(line.OptimalCost is { } oc ? Money(oc) : "—")}</td>"
                   + $"<td class=\"num\">{Formatter.Hours(line.CurrentHours, l)} → {(line.OptimalHours is { } oh ? Formatter.Hours(oh, l) : "—")}</td></tr>");
        }
        h.Line($"</tbody></table>");
        if (!r.Teams.IsEmpty)
        {
            h.Line($"<table class=\"keep\"><thead><tr><th>{c.T("チームの負荷", "Team load")}</th><th class=\"num\">{c.T("使える時間", "Hours available")}</th><th class=\"num\">{c.T("今の計画", "Plan now")}</th><th class=\"num\">{c.T("最適", "Optimal")}</th></tr></thead><tbody>");
            foreach (var t in r.Teams)
            {
                h.Line($"<tr><td>{t.Team.Label}</td><td class=\"num\">{Formatter.Hours(t.Available, l)}</td><td class=\"num\">{Formatter.Hours(t.Current, l)} ({Load(t.Current, t.Available)})</td>"
                       + $"<td class=\"num\">{(t.Optimal is { } to ? $"{Formatter.Hours(to, l)} ({Load(to, t.Available)})" : "—")}</td></tr>");
            }
            h.Line($"</tbody></table>");
        }
        var fixes = r.Fixes.Where(f => f.Kind != "kgi").ToList();
        if (fixes.Count == 0) return;
        h.Line($"<p>{c.T("実現させるための最小の修正 (どれか1つで足ります):", "The smallest fixes (any one of them is enough):")}</p><ul>");
        foreach (var f in fixes) h.Line($"<li>{f.Sentence.In(l)}</li>");
        h.Line($"</ul>");
    }

    static string Load(decimal hours, decimal available) => available <= 0 ? "—" : Formatter.Percent(decimal.Round(hours / available, 4));
}
