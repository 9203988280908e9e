using Ippon.Calculation;
using Ippon.Export.Diagram;
using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Approval.Sections;

/// <summary>The back-calculation (逆算) laid out as formulas and tables: every target and where its number comes from.</summary>
static class BackCalculationSection
{
    public static Section Definition { get; } = new("back-calculation", c => c.T("逆算の根拠", "How every target is derived"),
        c => c.Result.Metrics.Any(m => m.Target is not null), Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        var roots = PlanTree.Build(r, l);
        var metrics = PlanOrder.Metrics(r, roots).Where(m => m.Target is not null && !Words.IsAssumption(m.Metric)).ToList();
        h.Line($"<p class=\"lead\">{c.T("すべての目標は KGI の目標から式で逆算しています (件数は切り上げ)。計算に使った前提は「前提条件」の表のとおりです。", "Every target is back-calculated from the KGI's target through the formulas (counts rounded up). The assumptions used are listed under Assumptions.")}</p>");

        // The chains, end to end: 4,000万円 ÷ 200万円 = 20件 → 20件 ÷ 20% = 100件 → …
        var ends = metrics.Where(m => m.Derivation is not null && !metrics.Any(o => o.Derivation?.Parent == m.Id)).ToList();
        if (ends.Count > 0)
        {
            h.Line($"<div class=\"keep\"><h3>{c.T("逆算の流れ", "The chain")}</h3>");
            h.Line($"<table><tbody>");
            foreach (var end in ends)
            {
                var chain = Explain.Chain(r, end, l);
                if (chain is null) continue;
                h.Line($"<tr><th>{end.Metric.Label}</th><td class=\"formula\">{chain}</td></tr>");
            }
            h.Line($"</tbody></table></div>");
        }

        h.Line($"<div class=\"keep\"><h3>{c.T("指標ごとの目標", "Target by metric")}</h3>");
        h.Line($"<table><colgroup><col style=\"width:24%\"><col style=\"width:30%\"><col style=\"width:33%\"><col style=\"width:13%\"></colgroup>");
        h.Line($"<thead><tr><th>{c.T("指標", "Metric")}</th><th>{c.T("式 (定義)", "Formula")}</th><th>{c.T("目標の求め方と計算", "How the target is derived")}</th><th class=\"num\">{Words.Target(l)}</th></tr></thead><tbody>");
        foreach (var m in metrics)
        {
            var formula = FormulaText.Readable(r, m.Metric) is { } f ? $"= {f}" : "—";
            h.Add($"<tr><td class=\"nowrap\">{Html.Role(m.Metric, l)} {m.Metric.Label}</td><td class=\"formula\">{formula}</td>");
            if (m.Source == TargetSource.Explicit)
                h.Add($"<td class=\"formula muted\">{c.T("設定値 (計画で決めた目標)", "set in the plan")}</td>");
            else
                h.Add($"<td class=\"formula\">{FormulaText.Derivation(r, m, l)}<br><span class=\"calc\">{Explain.Step(r, m, l) ?? ""}</span></td>");
            h.Line($"<td class=\"num\"><b>{Formatter.Format(m.Target, m.Metric.Unit, l)}</b></td></tr>");
        }
        h.Line($"</tbody></table></div>");

        var sized = r.Actions.Where(a => a.Volume is not null).ToList();
        if (sized.Count == 0) return;
        h.Line($"<div class=\"keep\"><h3>{c.T("施策の必要量", "Volume of each action")}</h3>");
        h.Line($"<table><thead><tr><th>{Words.Action(l)}</th><th>{c.T("計算", "Calculation")}</th><th class=\"num\">{Words.Volume(l)}</th></tr></thead><tbody>");
        foreach (var a in sized)
            h.Line($"<tr><td class=\"nowrap\">{a.Action.Label}</td><td class=\"calc\">{Sizing(r, a, l)}</td><td class=\"num\"><b>{Formatter.Format(a.Volume, a.Action.Unit, l)}</b></td></tr>");
        h.Line($"</tbody></table></div>");
    }

    /// <summary>How an action's volume follows from its metric's target: 1,000件 × 60% ÷ 100件 = 6回.</summary>
    public static string Sizing(PlanResult r, ActionResult a, Language l)
    {
        var action = a.Action;
        if (a.VolumeSource == TargetSource.Explicit) return l.T("設定値", "set in the plan");
        if (r.Metric(action.Drives) is not { } driven || action.PerUnit is not { } pu) return "";
        var unit = driven.Metric.Unit;
        var siblings = r.ActionsDriving(action.Drives).ToList();
        var rest = siblings.Count(o => o.Action.Share is null && o.Action.Volume is null);
        var target = $"{driven.Metric.Label} {Formatter.Format(driven.Target, unit, l)}";
        if (action.Share is null && siblings.Count > rest && driven.Target is { } whole)
        {
            // What the actions with a share or an explicit volume leave, split among the rest.
            var left = Math.Max(0, whole
                - siblings.Where(o => o.Action.Volume is not null).Sum(o => o.Action.Volume!.Value * (o.Action.PerUnit ?? 0))
                - (whole * siblings.Sum(o => o.Action.Share ?? 0)));
            target = l.T($"残り {Formatter.Format(left, unit, l)}", $"remaining {Formatter.Format(left, unit, l)}");
        }
        var share = action.Share is { } s ? $" × {Formatter.Percent(s)}" : "";
        var per = unit.Kind == UnitKind.Count && pu < 1 ? Formatter.Percent(pu) : Formatter.Format(pu, unit, l);
        var split = action.Share is null && rest > 1 ? $" ÷ {rest}" : "";
        var rounded = a.Volume is { } v && driven.Target is { } t && t * (action.Share ?? 1m) / pu != v ? l.T(" (切り上げ)", " (rounded up)") : "";
        return $"{target}{share}{split} ÷ {per} = {Formatter.Format(a.Volume, action.Unit, l)}{rounded}";
    }
}
