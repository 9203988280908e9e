using Ippon.Calculation;
using Ippon.Import.Excel;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Excel;

/// <summary>Writes plans as workbooks and reads values back by defined name.</summary>
public static class Workbooks
{
    public static string Write(PlanResult result, string path, Language language = Language.Ja)
    {
        var error = Exporter.Write(Seed.Context(language, result), ExportFormat.Xlsx, path);
        Assert.Null(error?.In(Language.En));
        return path;
    }

    public static WorkbookReader Read(string path)
    {
        var opened = WorkbookReader.Open(path);
        Assert.True(opened.Success, opened.Errors.FirstOrDefault()?.Message.In(Language.En));
        return opened.Value;
    }

    /// <summary>The number a defined name shows, or null when the cell is empty or not a number.</summary>
    public static decimal? Number(WorkbookReader workbook, string name) => workbook.ByName(name)?.Number;

    /// <summary>Spreadsheets compute in binary floating point: compare at 9 significant decimals.</summary>
    public static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 6) : null;
}
