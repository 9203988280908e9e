using Ippon.Checks;
using Ippon.Export.Markup;
using Ippon.Numbers;

namespace Ippon.Export.Diagram;

/// <summary>Draws a laid-out tree as SVG: a box per node with its layer, name, target, planned value and a colour for its state.</summary>
public static class SvgDiagram
{
    /// <summary>The fonts the drawing asks for: IPAex Gothic (embedded in the PDF), then other Japanese fonts.</summary>
    public const string FontFamily = "'IPAexGothic', 'IPAexゴシック', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

    const double HeaderHeight = 20;
    const double LegendHeight = 30;

    /// <summary>A standalone SVG file: the diagram with a legend below it.</summary>
    public static string Document(DiagramLayout layout, Language language, string? title = null)
    {
        var svg = new MarkupBuilder();
        svg.Line($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        svg.Raw(Inline(layout, language, title, legend: true, cssClass: null));
        svg.Line($"");
        return svg.ToString();
    }

    /// <summary>The &lt;svg&gt; element alone, for inlining in HTML; it scales to its container through its viewBox.</summary>
    public static Trusted Inline(DiagramLayout layout, Language language, string? title, bool legend, string? cssClass)
    {
        var height = layout.Height + (legend ? LegendHeight : 0);
        var svg = new MarkupBuilder();
        svg.Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {layout.Width} {height}\" width=\"{layout.Width}\" height=\"{height}\"");
        if (cssClass is not null) svg.Add($" class=\"{cssClass}\"");
        svg.Line($" font-family=\"{FontFamily}\" role=\"img\">");
        if (title is not null) svg.Line($"<title>{title}</title>");
        svg.Line($"<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.Line($"<g fill=\"none\" stroke=\"#9aa6b2\" stroke-width=\"1.3\">");
        foreach (var c in layout.Connectors)
        {
            var points = string.Join(" ", c.Points.Select(p => $"{MarkupInterpolation.Svg(p.X)},{MarkupInterpolation.Svg(p.Y)}"));
            svg.Line($"<polyline points=\"{points}\"/>");
        }
        svg.Line($"</g>");
        foreach (var box in layout.Boxes) Box(svg, box, language);
        if (legend) Legend(svg, layout, language);
        svg.Add($"</svg>");
        return new Trusted(svg.ToString());
    }

    /// <summary>The colour that marks <paramref name="state"/>: green, amber, red, grey.</summary>
    public static string Colour(State state) => state switch
    {
        State.Ok => "#2e7d32",
        State.Behind => "#d97706",
        State.Error => "#c62828",
        _ => "#9e9e9e",
    };

    /// <summary>The short word on a box's state badge.</summary>
    public static string Badge(State state, Language l) => state switch
    {
        State.Ok => l.T("✓ 達成", "✓ OK"),
        State.Behind => l.T("▲ 未達", "▲ short"),
        State.Error => l.T("✖ エラー", "✖ error"),
        _ => "",
    };

    static string HeaderFill(BoxKind kind) => kind switch
    {
        BoxKind.Kgi => "#1f3a5f",
        BoxKind.Ksf => "#2f5f8f",
        BoxKind.Kpi => "#4a80b4",
        BoxKind.Action => "#2b6e6a",
        BoxKind.Reference => "#c9ced4",
        _ => "#6b7b8c",
    };

    static void Box(MarkupBuilder svg, PlacedBox b, Language l)
    {
        var n = b.Node;
        var stroke = Colour(n.State);
        var strokeWidth = n.State == State.Error ? 2.2 : 1.4;
        var inner = b.Width - 16;
        var tooltip = string.Join("\n", new[] { $"{n.Tag} {n.Title} ({n.Id})" }.Concat(n.Lines).Append(n.Note ?? "").Where(s => s.Length > 0));
        svg.Line($"<g class=\"box {n.Kind.ToString().ToLowerInvariant()} state-{n.State.ToString().ToLowerInvariant()}\" data-id=\"{n.Id}\">");
        svg.Line($"<title>{tooltip}</title>");
        svg.Line($"<rect x=\"{b.X}\" y=\"{b.Y}\" width=\"{b.Width}\" height=\"{b.Height}\" rx=\"6\" fill=\"#ffffff\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth}\"/>");
        svg.Line($"<path d=\"M{b.X + 0.7},{b.Y + HeaderHeight} V{b.Y + 6} Q{b.X + 0.7},{b.Y + 0.7} {b.X + 6},{b.Y + 0.7} H{b.Right - 6} Q{b.Right - 0.7},{b.Y + 0.7} {b.Right - 0.7},{b.Y + 6} V{b.Y + HeaderHeight} Z\" fill=\"{HeaderFill(n.Kind)}\"/>");
        var tagColour = n.Kind == BoxKind.Reference ? "#333333" : "#ffffff";
        svg.Line($"<text x=\"{b.X + 8}\" y=\"{b.Y + 14.5}\" font-size=\"11\" font-weight=\"bold\" fill=\"{tagColour}\">{n.Tag}</text>");
        var badge = Badge(n.State, l);
        if (badge.Length > 0)
        {
            var bw = (TextWidth.Em(badge) * 10) + 10;
            svg.Line($"<rect x=\"{b.Right - bw - 4}\" y=\"{b.Y + 3.5}\" width=\"{bw}\" height=\"13\" rx=\"6.5\" fill=\"{stroke}\" stroke=\"#ffffff\" stroke-width=\"0.8\"/>");
            svg.Line($"<text x=\"{b.Right - 4 - (bw / 2)}\" y=\"{b.Y + 13.5}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#ffffff\">{badge}</text>");
        }
        svg.Line($"<text x=\"{b.X + 8}\" y=\"{b.Y + 38}\" font-size=\"13.5\" font-weight=\"bold\" fill=\"#1a1a1a\">{TextWidth.Fit(n.Title, inner, 14)}</text>");
        var y = b.Y + 56;
        foreach (var line in n.Lines.Take(2))
        {
            svg.Line($"<text x=\"{b.X + 8}\" y=\"{y}\" font-size=\"11.5\" fill=\"#222222\">{TextWidth.Fit(line, inner, 11.5)}</text>");
            y += 15;
        }
        if (n.Note is { } note)
            svg.Line($"<text x=\"{b.X + 8}\" y=\"{b.Y + b.Height - 7}\" font-size=\"10.5\" fill=\"#666666\">{TextWidth.Fit(note, inner, 10.5)}</text>");
        svg.Line($"</g>");
    }

    static void Legend(MarkupBuilder svg, DiagramLayout layout, Language l)
    {
        var y = layout.Height + 8;
        var x = 12.0;
        svg.Line($"<g class=\"legend\" font-size=\"11\" fill=\"#333333\">");
        foreach (var state in new[] { State.Ok, State.Behind, State.Error })
        {
            svg.Line($"<rect x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\" rx=\"3\" fill=\"#ffffff\" stroke=\"{Colour(state)}\" stroke-width=\"2\"/>");
            var text = Words.State(state, l);
            svg.Line($"<text x=\"{x + 20}\" y=\"{y + 11.5}\">{text}</text>");
            x += 20 + (TextWidth.Em(text) * 11) + 22;
        }
        svg.Line($"</g>");
    }
}
