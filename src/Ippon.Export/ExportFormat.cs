namespace Ippon.Export;

/// <summary>The formats <c>ippon export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>The approval document (稟議) as one self-contained HTML file.</summary>
    Html,

    /// <summary>The approval document printed to A4 PDF by headless Chromium, fonts embedded.</summary>
    Pdf,

    /// <summary>The KPI tree diagram.</summary>
    Svg,

    /// <summary>The KPI tree diagram as a PNG image (rendered by headless Chromium).</summary>
    Png,

    /// <summary>Tables and the formula chain for wikis and pull requests.</summary>
    Markdown,

    /// <summary>An Excel workbook with live formulas.</summary>
    Xlsx,
}
