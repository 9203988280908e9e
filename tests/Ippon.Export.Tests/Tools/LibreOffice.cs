using Ippon.Export.Tools;

namespace Ippon.Export.Tests.Tools;

/// <summary>LibreOffice Calc headless as the independent spreadsheet engine: it opens a workbook, computes it and saves it again.</summary>
/// <remarks>Each run gets a fresh profile (so parallel tests never share one) that sets OOXMLRecalcMode=0: recalculate every
/// formula on load, whatever cached values a file carries.</remarks>
public static class LibreOffice
{
    const string Profile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>Converts <paramref name="input"/> with <paramref name="filter"/> (xlsx, or a csv filter) into <paramref name="outputFolder"/>; returns the output file.</summary>
    public static string Convert(string input, string outputFolder, string filter, string extension)
    {
        Installed.Require(Installed.Soffice);
        var profile = Path.Combine(Path.GetTempPath(), "ippon-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(profile, "user"));
        File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), Profile);
        try
        {
            Directory.CreateDirectory(outputFolder);
            Run.Tool(Installed.Soffice, "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore",
                "--convert-to", filter, "--outdir", outputFolder, input);
            var output = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(input) + extension);
            Assert.True(File.Exists(output), $"LibreOffice wrote no {output}");
            return output;
        }
        finally
        {
            ExternalTool.Remove(profile);
        }
    }

    /// <summary>The workbook as LibreOffice computes it, saved as xlsx with every formula's value cached.</summary>
    public static string Recalculate(string xlsx, string outputFolder) => Convert(xlsx, outputFolder, "xlsx", ".xlsx");

    /// <summary>The first sheet as LibreOffice shows it (number formats applied), as UTF-8 CSV.</summary>
    public static string[] Shown(string xlsx, string outputFolder)
    {
        var csv = Convert(xlsx, outputFolder, "csv:Text - txt - csv (StarCalc):44,34,76,1", ".csv");
        return File.ReadAllLines(csv);
    }
}
