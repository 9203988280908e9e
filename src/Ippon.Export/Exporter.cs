using Ippon.Export.Approval;
using Ippon.Export.Diagram;
using Ippon.Export.Excel;
using Ippon.Export.Markdown;
using Ippon.Numbers;

namespace Ippon.Export;

/// <summary>The one entry point of every export: renders a calculated plan in a format and writes it safely.</summary>
/// <example>
/// <code>
/// var error = Exporter.Write(new ExportContext(result, Language.Ja, today), ExportFormat.Pdf, "plan.pdf");
/// </code>
/// </example>
public static class Exporter
{
    /// <summary>Writes <paramref name="c"/> as <paramref name="format"/> to <paramref name="path"/>, through a temporary file; null on success.</summary>
    public static Message? Write(ExportContext c, ExportFormat format, string path) => OutputFile.Write(path, temp =>
    {
        switch (format)
        {
            case ExportFormat.Pdf:
                return PdfDocument.Write(c, temp);
            case ExportFormat.Png:
                return PngDiagram.Write(TidyTree.Arrange(PlanTree.Build(c.Result, c.Language)), c.Language, c.Result.Plan.Title, temp);
            case ExportFormat.Xlsx:
                return WorkbookWriter.Write(c, temp);
            default:
                File.WriteAllText(temp, Text(c, format));
                return null;
        }
    });

    /// <summary>The document as text, for the text formats (HTML, SVG, Markdown).</summary>
    public static string Text(ExportContext c, ExportFormat format) => format switch
    {
        ExportFormat.Html => ApprovalDocument.Render(c),
        ExportFormat.Svg => SvgDiagram.Document(TidyTree.Arrange(PlanTree.Build(c.Result, c.Language)), c.Language, c.Result.Plan.Title),
        ExportFormat.Markdown => MarkdownDocument.Render(c),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a text format"),
    };
}
