namespace Ippon.Export.Tests.Tools;

/// <summary>The Debian programs the export tests drive. A missing one fails the test with the command that installs it: never a silent skip.</summary>
public static class Installed
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Soffice = "/usr/bin/soffice";
    public const string PdfToPpm = "/usr/bin/pdftoppm";
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfFonts = "/usr/bin/pdffonts";
    public const string PdfInfo = "/usr/bin/pdfinfo";

    /// <summary>Fails the calling test unless <paramref name="path"/> exists, naming the Debian package that provides it.</summary>
    public static void Require(string path)
    {
        if (File.Exists(path)) return;
        var package = path switch
        {
            Chromium => "chromium fonts-ipaexfont-gothic",
            Soffice => "libreoffice-calc",
            _ => "poppler-utils",
        };
        Assert.Fail($"{path} is missing: this test needs it. Install it with: sudo apt-get install --no-install-recommends {package} (./test.sh installs it)");
    }
}
