using System.Globalization;
using Ippon.Checks;
using Ippon.Export.Diagram;
using Ippon.Export.Markup;
using Ippon.Numbers;

namespace Ippon.Export.Approval.Sections;

/// <summary>The KPI tree diagram, sized to stay readable on paper: on the page, on a landscape page, or split per KSF.</summary>
static class TreeSection
{
    // Printable area in CSS pixels (96 per inch) for A4 with the document's margins, less room for the heading.
    const double PortraitWidth = 680, PortraitHeight = 860, LandscapeWidth = 1000, LandscapeHeight = 520;

    // Below this scale the boxes' text would print smaller than about 7 pt.
    const double Legible = 0.62;

    public static Section Definition { get; } = new("tree", c => c.T("KPI ツリー", "The KPI tree"), c => !PlanTree.Build(c.Result, c.Language).IsEmpty, Render)
    {
        // On a portrait page the heading, the lead and the figure stay together; a landscape page holds them alone.
        Classes = c => Fit(TidyTree.Arrange(PlanTree.Build(c.Result, c.Language)), PortraitWidth, PortraitHeight) >= Legible ? "keep" : "wide",
    };

    static double Fit(DiagramLayout layout, double width, double height) => Math.Min(1, Math.Min(width / layout.Width, height / layout.Height));

    static void Render(MarkupBuilder h, ExportContext c)
    {
        var l = c.Language;
        var roots = PlanTree.Build(c.Result, l);
        var layout = TidyTree.Arrange(roots);
        h.Line($"<p class=\"lead\">{c.T("KGI から KSF・KPI・施策まで、式のつながりどおりに並べた図です (各箱に目標と計画値、色は状態)。", "The KGI at the top and the KSFs, KPIs and actions below it, as the formulas connect them. Each box shows its target and planned value; the colour shows its state.")}</p>");
        var portrait = Fit(layout, PortraitWidth, PortraitHeight);
        var landscape = Fit(layout, LandscapeWidth, LandscapeHeight);
        if (portrait >= Legible)
        {
            Figure(h, layout, portrait, c.Result.Plan.Title, null, l);
        }
        else if (landscape >= Legible || roots.Length != 1 || roots[0].Children.IsEmpty)
        {
            Figure(h, layout, landscape, c.Result.Plan.Title, null, l);
        }
        else
        {
            // Too big for one page: an overview of the top levels when it is legible, then the branches of the KGI,
            // as many side by side on each landscape page as stay legible.
            var top = TidyTree.Arrange([Prune(roots[0], 2)]);
            if (Fit(top, LandscapeWidth, LandscapeHeight) >= Legible)
                Figure(h, top, Fit(top, LandscapeWidth, LandscapeHeight), c.Result.Plan.Title, c.T("全体像 (上位 3 階層)", "Overview (top three levels)"), l);
            var first = true;
            foreach (var group in Pages(roots[0].Children))
            {
                var part = TidyTree.Arrange(group);
                if (!first || Fit(top, LandscapeWidth, LandscapeHeight) >= Legible) h.Line($"<div style=\"break-before: page\"></div>");
                first = false;
                var caption = string.Join(l.T("・", ", "), group.Select(b => $"{b.Tag} {b.Title}"));
                Figure(h, part, Fit(part, LandscapeWidth, LandscapeHeight), c.Result.Plan.Title, caption, l);
            }
        }
        h.Line($"<div class=\"legend\">");
        foreach (var s in new[] { State.Ok, State.Behind, State.Error })
            h.Add($"<span><i style=\"border-color:{SvgDiagram.Colour(s)}\"></i>{Words.State(s, l)}</span>");
        h.Line($"</div>");
    }

    static void Figure(MarkupBuilder h, DiagramLayout layout, double scale, string title, string? caption, Language l)
    {
        var width = (layout.Width * scale).ToString("0", CultureInfo.InvariantCulture);
        h.Line($"<figure style=\"width:{width}px;max-width:100%;margin-left:auto;margin-right:auto\">");
        h.Raw(SvgDiagram.Inline(layout, l, title, legend: false, cssClass: "tree"));
        if (caption is not null) h.Line($"<figcaption>{caption}</figcaption>");
        h.Line($"</figure>");
    }

    // Greedy: the next branch joins the page while the page's drawing stays legible.
    static List<List<DiagramNode>> Pages(IEnumerable<DiagramNode> branches)
    {
        var pages = new List<List<DiagramNode>>();
        var current = new List<DiagramNode>();
        foreach (var branch in branches)
        {
            if (current.Count > 0 && Fit(TidyTree.Arrange([.. current, branch]), LandscapeWidth, LandscapeHeight) < Legible)
            {
                pages.Add(current);
                current = [];
            }
            current.Add(branch);
        }
        if (current.Count > 0) pages.Add(current);
        return pages;
    }

    static DiagramNode Prune(DiagramNode node, int depth) =>
        node with { Children = depth == 0 ? [] : [.. node.Children.Where(c => c.Kind != BoxKind.Action).Select(c => Prune(c, depth - 1))] };
}
