using Ippon.Export.Markup;
using Ippon.Export.Tools;
using Ippon.Numbers;

namespace Ippon.Export.Diagram;

/// <summary>The tree diagram as a PNG image: the SVG rendered by headless Chromium at twice its size (once, for very large trees).</summary>
public static class PngDiagram
{
    /// <summary>Writes the PNG of <paramref name="layout"/> to <paramref name="pngPath"/>; null on success, else why not.</summary>
    public static Message? Write(DiagramLayout layout, Language language, string title, string pngPath)
    {
        var folder = ExternalTool.TempFolder("ippon-png-");
        try
        {
            var svg = SvgDiagram.Document(layout, language, title);
            var width = (int)Math.Ceiling(layout.Width);
            var height = (int)Math.Ceiling(layout.Height + 30);
            var page = new MarkupBuilder();
            page.Line($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{{margin:0;padding:0;background:#fff}}svg{{display:block}}</style></head><body>");
            page.Raw(new Trusted(svg[svg.IndexOf("<svg", StringComparison.Ordinal)..]));
            page.Line($"</body></html>");
            var html = Path.Combine(folder, "tree.html");
            File.WriteAllText(html, page.ToString());
            var scale = width * height > 4_000_000 ? 1 : 2;
            // Chromium picks the image type from the file's extension, so it writes beside the page first.
            var png = Path.Combine(folder, "tree.png");
            if (Chromium.Screenshot(html, png, width, height, scale) is { } error) return error;
            File.Copy(png, pngPath, overwrite: true);
            return null;
        }
        finally
        {
            ExternalTool.Remove(folder);
        }
    }
}
