using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Import.Excel;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Import.Tests.Excel;

/// <summary>The workbooks the importer is given: written by the real export (<c>ippon export --format xlsx</c>), so what is imported is what users download.</summary>
public static class Workbooks
{
    /// <summary>The date every exported test workbook carries, so that files are reproducible.</summary>
    static readonly DateOnly s_date = new(2026, 11, 24);

    /// <summary>The seed plan (the method's worked example), calculated.</summary>
    public static PlanResult Seed() => PlanCalculator.Calculate(SeedPlan.Build());

    /// <summary>A plan written as YAML, read as <c>ippon</c> reads it.</summary>
    public static Plan Read(string yaml)
    {
        var read = PlanReader.Parse(yaml);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        return read.Plan!;
    }

    /// <summary>Opens the workbook at <paramref name="path"/>, failing the test when it cannot be read.</summary>
    public static WorkbookReader Open(string path)
    {
        var opened = WorkbookReader.Open(path);
        Assert.True(opened.Success, opened.Errors.FirstOrDefault()?.Message.In(Language.En));
        return opened.Value;
    }

    /// <summary>Exports <paramref name="result"/> as a workbook at <paramref name="path"/> and returns the path.</summary>
    public static string Write(PlanResult result, string path, Language language = Language.Ja)
    {
        var error = Ippon.Export.Exporter.Write(new Ippon.Export.ExportContext(result, language, s_date) { Source = "sales-100m.yaml" }, Ippon.Export.ExportFormat.Xlsx, path);
        Assert.Null(error?.In(Language.En));
        return path;
    }
}
