namespace Ippon.Export.Tests.Tools;

/// <summary>poppler-utils: a PDF's pages as PNG images, its text, its fonts and its page count.</summary>
public static class Poppler
{
    /// <summary>Renders every page to <paramref name="folder"/>/page-N.png at <paramref name="dpi"/> and returns the files in page order.</summary>
    public static string[] Pages(string pdf, string folder, int dpi = 50)
    {
        Directory.CreateDirectory(folder);
        Run.Tool(Installed.PdfToPpm, "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, Path.Combine(folder, "page"));
        return [.. Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal)];
    }

    /// <summary>The text of the whole PDF, in reading order.</summary>
    public static string Text(string pdf) => Run.Tool(Installed.PdfToText, "-enc", "UTF-8", "-layout", pdf, "-");

    /// <summary>The font table of pdffonts.</summary>
    public static string Fonts(string pdf) => Run.Tool(Installed.PdfFonts, pdf);

    /// <summary>The page count pdfinfo reports.</summary>
    public static int PageCount(string pdf)
    {
        var info = Run.Tool(Installed.PdfInfo, pdf);
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
