using Ippon.Checks;
using Ippon.Export.Markup;
using Ippon.Numbers;

namespace Ippon.Export.Approval.Sections;

/// <summary>The KGI and why (the vision it makes numeric, its target, deadline and owner), then the KSFs it splits into.</summary>
static class KgiSection
{
    public static Section Definition { get; } = new("kgi", c => c.T("KGI と KSF", "The KGI and its success factors"),
        c => c.Result.Kgi is not null || c.Result.Plan.Vision is not null || KsfSection.Applies(c), Render);

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        if (r.Plan.Vision is { } vision)
        {
            h.Line($"<p><b>{c.T("ビジョン", "Vision")}:</b> {vision}　<span class=\"muted small\">{c.T("(KGI はこれを期限のある一つの数値にしたもの)", "(the KGI makes it one number with a deadline)")}</span></p>");
        }
        if (r.Kgi is not { } kgi)
        {
            if (KsfSection.Applies(c)) KsfSection.Render(h, c);
            return;
        }
        h.Line($"<table class=\"keep\"><thead><tr><th>KGI</th><th class=\"num\">{Words.Target(l)}</th><th>{Words.Due(l)}</th><th>{Words.Owner(l)}</th><th>{c.T("内訳の式", "Formula")}</th><th class=\"num\">{Words.Planned(l)}</th><th>{c.T("状態", "State")}</th></tr></thead><tbody>");
        h.Line($"<tr><td><b>{kgi.Metric.Label}</b></td><td class=\"num\"><b>{Formatter.Format(kgi.Target, kgi.Metric.Unit, l)}</b></td><td class=\"nowrap\">{Html.Date(kgi.Deadline, l)}</td><td>{kgi.Metric.Owner ?? "—"}</td><td class=\"formula\">{FormulaText.Readable(r, kgi.Metric) ?? "—"}</td><td class=\"num\">{Html.Planned(kgi, l)}</td><td>{Html.Chip(States.Of(r, kgi), l)}</td></tr>");
        h.Line($"</tbody></table>");
        if (kgi.Metric.Note is { } note) h.Line($"<p><b>{c.T("根拠", "Why")}:</b> {note}</p>");
        if (KsfSection.Applies(c)) KsfSection.Render(h, c);
    }
}
