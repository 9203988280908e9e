using System.Globalization;
using Ippon.Checks;
using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Approval.Sections;

/// <summary>The KSFs: the conditions the KGI cannot be reached without, their targets and their share of the KGI (part of the KGI section).</summary>
static class KsfSection
{
    public static bool Applies(ExportContext c) => c.Result.Metrics.Any(m => m.Metric.Role == MetricRole.Ksf);

    static readonly string[] s_colours = ["#1f3a5f", "#4a80b4", "#2b6e6a", "#7a5c99", "#b0703a", "#5d6d7e"];

    public static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        var ksfs = r.Metrics.Where(m => m.Metric.Role == MetricRole.Ksf).ToList();
        var kgi = r.Kgi;
        var sameUnit = kgi is not null && ksfs.All(k => k.Metric.Unit == kgi.Metric.Unit);
        var total = kgi?.Target;
        h.Line($"<div class=\"keep\"><h3>{c.T("KSF (重要成功要因) と内訳", "Key success factors and the split")}</h3>");
        h.Line($"<p class=\"lead\">{c.T("KGI を達成するために欠かせない条件です。KGI の目標はこれらに分けて逆算されます。", "The conditions the KGI cannot be reached without; the KGI's target is split among them.")}</p>");
        h.Line($"<table><thead><tr><th>KSF</th><th class=\"num\">{Words.Target(l)}</th>");
        if (sameUnit) h.Add($"<th class=\"num\">{c.T("構成比", "Share")}</th>");
        h.Line($"<th>{Words.Owner(l)}</th><th class=\"num\">{Words.Planned(l)}</th><th class=\"num\">{Words.Gap(l)}</th><th>{c.T("状態", "State")}</th></tr></thead><tbody>");
        foreach (var k in ksfs)
        {
            h.Add($"<tr><td><b>{k.Metric.Label}</b></td><td class=\"num\">{Formatter.Format(k.Target, k.Metric.Unit, l)}</td>");
            if (sameUnit) h.Add($"<td class=\"num\">{Share(k.Target, total)}</td>");
            h.Line($"<td>{k.Metric.Owner ?? "—"}</td><td class=\"num\">{Html.Planned(k, l)}</td><td class=\"num\">{Words.Signed(k.Gap, k.Metric.Unit, l)}</td><td>{Html.Chip(States.Of(c.Result, k), l)}</td></tr>");
        }
        h.Line($"</tbody>");
        if (sameUnit && kgi is not null)
        {
            var sum = ksfs.All(k => k.Target is not null) ? ksfs.Sum(k => k.Target!.Value) : (decimal?)null;
            h.Line($"<tfoot><tr><td>{c.T("合計", "Total")}</td><td class=\"num\">{Formatter.Format(sum, kgi.Metric.Unit, l)}</td><td class=\"num\">{Share(sum, total)}</td><td colspan=\"4\" class=\"muted\">KGI {kgi.Metric.Label} {Formatter.Format(kgi.Target, kgi.Metric.Unit, l)}</td></tr></tfoot>");
        }
        h.Line($"</table>");
        if (sameUnit && total is > 0 && ksfs.All(k => k.Target is >= 0))
        {
            h.Line($"<div class=\"split\">");
            for (var i = 0; i < ksfs.Count; i++)
            {
                var pct = ksfs[i].Target!.Value / total.Value * 100m;
                if (pct <= 0) continue;
                h.Line($"<div style=\"width:{pct.ToString("0.##", CultureInfo.InvariantCulture)}%;background:{s_colours[i % s_colours.Length]}\">{ksfs[i].Metric.Label} {Formatter.Percent(pct / 100m)}</div>");
            }
            h.Line($"</div>");
        }
        h.Line($"</div>");
    }

    static string Share(decimal? part, decimal? total) => part is { } p && total is { } t && t != 0 ? Formatter.Percent(p / t) : "—";
}
