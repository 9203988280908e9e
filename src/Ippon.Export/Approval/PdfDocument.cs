using Ippon.Export.Tools;
using Ippon.Numbers;

namespace Ippon.Export.Approval;

/// <summary>The approval document as A4 PDF: the HTML document printed by headless Chromium, IPAex Gothic embedded.</summary>
public static class PdfDocument
{
    /// <summary>Writes the PDF of <paramref name="c"/> to <paramref name="pdfPath"/>; null on success, else why not.</summary>
    public static Message? Write(ExportContext c, string pdfPath)
    {
        var folder = ExternalTool.TempFolder("ippon-pdf-");
        try
        {
            var html = Path.Combine(folder, "approval.html");
            File.WriteAllText(html, ApprovalDocument.Render(c));
            return Chromium.PrintToPdf(html, pdfPath);
        }
        finally
        {
            ExternalTool.Remove(folder);
        }
    }
}
