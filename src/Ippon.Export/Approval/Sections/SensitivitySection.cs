using System.Globalization;
using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Sensitivity;

namespace Ippon.Export.Approval.Sections;

/// <summary>Which assumption moves the KGI most: every input moved by the step both ways, ranked, drawn as a tornado.</summary>
static class SensitivitySection
{
    public static Section Definition { get; } = new("sensitivity", c => c.T("感応度 (KGI を動かす前提)", "Sensitivity: what moves the KGI"),
        c => c.Result.Kgi is not null && c.Sensitivity.Factors.Any(f => f.Swing > 0), Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var l = c.Language;
        var s = c.Sensitivity;
        var kgi = s.Kgi!;
        var unit = kgi.Metric.Unit;
        var step = Formatter.Percent(s.Step);
        var factors = s.Factors.Where(f => f.Swing > 0).ToList();
        var top = factors[0];
        var tied = factors.TakeWhile(f => f.Swing == top.Swing).Select(f => f.Metric.Label).ToList();
        h.Line($"<p class=\"lead\">{c.T($"各入力を ±{step} 動かし (ほかは計画値のまま)、{kgi.Metric.Label}の計画値がどれだけ動くかを大きい順に並べました。", $"Each input moved ±{step} (every other input at its plan), ranked by how far the plan of {kgi.Metric.Label} moves.")}</p>");
        var range = $"{Formatter.Format(Math.Min(top.KgiLow ?? 0, top.KgiHigh ?? 0), unit, l)} 〜 {Formatter.Format(Math.Max(top.KgiLow ?? 0, top.KgiHigh ?? 0), unit, l)}";
        h.Line($"<div class=\"request\"><b>{c.T($"KGI を最も動かすのは「{string.Join("」「", tied)}」です", $"What moves the KGI most: {string.Join(", ", tied)}")}</b>: {c.T($"±{step} で{kgi.Metric.Label}は {range} (計画 {Formatter.Format(kgi.PlannedValue, unit, l)})", $"±{step} moves {kgi.Metric.Label} to {range} (plan {Formatter.Format(kgi.PlannedValue, unit, l)})")}</div>");

        var max = factors.Max(f => Math.Max(Math.Abs(f.EffectLow ?? 0), Math.Abs(f.EffectHigh ?? 0)));
        h.Line($"<table class=\"keep tornado\"><colgroup><col style=\"width:22%\"><col style=\"width:13%\"><col style=\"width:15%\"><col style=\"width:22%\"><col style=\"width:15%\"><col style=\"width:13%\"></colgroup>");
        h.Line($"<thead><tr><th>{c.T("入力", "Input")}</th><th class=\"num\">{Words.Planned(l)}</th><th class=\"num\">−{step} {c.T("のとき", "→")} KGI</th><th class=\"center\">{c.T("KGI の振れ幅", "KGI swing")}</th><th class=\"num\">+{step} {c.T("のとき", "→")} KGI</th><th class=\"num\">{c.T("弾性値", "Elasticity")}</th></tr></thead><tbody>");
        foreach (var f in factors)
        {
            h.Add($"<tr><td>{Html.Role(f.Metric, l)} {f.Metric.Label}</td><td class=\"num\">{Formatter.Format(f.Baseline, f.Metric.Unit, l)}</td>");
            h.Add($"<td class=\"num\">{Formatter.Format(f.KgiLow, unit, l)}<br><span class=\"small muted\">{Words.Signed(f.EffectLow, unit, l)}</span></td>");
            h.Add($"<td>{Tornado(f, max)}</td>");
            h.Add($"<td class=\"num\">{Formatter.Format(f.KgiHigh, unit, l)}<br><span class=\"small muted\">{Words.Signed(f.EffectHigh, unit, l)}</span></td>");
            h.Line($"<td class=\"num\">{(f.Elasticity is { } e ? e.ToString("0.00", CultureInfo.InvariantCulture) : "—")}</td></tr>");
        }
        h.Line($"</tbody></table>");
        h.Line($"<p class=\"small muted\">{c.T("弾性値: 入力が 1% 動いたとき KGI が何 % 動くか (計画値での傾き)。棒は左が −、右が + の向きの KGI の変化。", "Elasticity: the % change of the KGI per 1% change of the input, at the plan. Bars: the KGI's change, left for a decrease, right for an increase.")}</p>");
    }

    // Two bars from the centre line: the KGI's change with the input moved down (light) and up (dark).
    static Trusted Tornado(SensitivityFactor f, decimal max)
    {
        var b = new MarkupBuilder();
        b.Add($"<div class=\"tornado-bar\"><i class=\"axis\"></i>");
        foreach (var (effect, css) in new[] { (f.EffectLow, "low"), (f.EffectHigh, "high") })
        {
            if (effect is not { } e || e == 0 || max == 0) continue;
            var width = (Math.Abs(e) / max * 50m).ToString("0.##", CultureInfo.InvariantCulture);
            var side = e < 0 ? "right:50%" : "left:50%";
            b.Add($"<span class=\"{css}\" style=\"{side};width:{width}%\"></span>");
        }
        b.Add($"</div>");
        return new Trusted(b.ToString());
    }
}
