namespace Ippon.Export;

/// <summary>The names and file extensions of the <see cref="ExportFormat"/>s.</summary>
public static class ExportFormats
{
    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["html", "pdf", "svg", "png", "md", "xlsx"];

    /// <summary>The format called <paramref name="name"/> (case-insensitive; <c>markdown</c> is <c>md</c>), or null.</summary>
    public static ExportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "html" or "htm" => ExportFormat.Html,
        "pdf" => ExportFormat.Pdf,
        "svg" => ExportFormat.Svg,
        "png" => ExportFormat.Png,
        "md" or "markdown" => ExportFormat.Markdown,
        "xlsx" or "excel" => ExportFormat.Xlsx,
        _ => null,
    };

    /// <summary>The format a file name's extension implies, or null.</summary>
    public static ExportFormat? FromPath(string path) => Parse(Path.GetExtension(path).TrimStart('.'));

    /// <summary>The file extension, with its dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Html => ".html",
        ExportFormat.Pdf => ".pdf",
        ExportFormat.Svg => ".svg",
        ExportFormat.Png => ".png",
        ExportFormat.Markdown => ".md",
        _ => ".xlsx",
    };

    /// <summary>True for the formats Chromium draws (<see cref="Tools.Chromium"/>): without it they answer with the install command.</summary>
    public static bool NeedsChromium(ExportFormat format) => format is ExportFormat.Pdf or ExportFormat.Png;

    /// <summary>True for the formats that are text and can go to standard output.</summary>
    public static bool IsText(ExportFormat format) => format is ExportFormat.Html or ExportFormat.Svg or ExportFormat.Markdown;
}
