using Ippon.Calculation;
using Ippon.Export.Tests.Excel;
using Ippon.Export.Tests.Tools;
using Ippon.Numbers;

namespace Ippon.Export.Tests;

/// <summary>Every example plan in every text format, and its workbook recalculated by LibreOffice.</summary>
public class ExamplesTests
{
    [Theory]
    [MemberData(nameof(Examples.All), MemberType = typeof(Examples))]
    public void Export_EveryExampleInTheTextFormats_RendersItsTitleAndKgi(string example)
    {
        var result = PlanCalculator.Calculate(Seed.Read(File.ReadAllText(Examples.Path_(example))));
        foreach (var language in new[] { Language.Ja, Language.En })
        {
            var context = Seed.Context(language, result);
            foreach (var format in new[] { ExportFormat.Html, ExportFormat.Svg, ExportFormat.Markdown })
            {
                var text = Exporter.Text(context, format);
                Assert.Contains(Markup.Xml.Escape(result.Plan.Title), text.Replace("\\", "", StringComparison.Ordinal));
                Assert.Contains(Markup.Xml.Escape(result.Kgi!.Metric.Label), text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples.All), MemberType = typeof(Examples))]
    public void Recalculate_EveryExample_EqualsIppon(string example)
    {
        var result = PlanCalculator.Calculate(Seed.Read(File.ReadAllText(Examples.Path_(example))));
        using var dir = new TempDir();
        var path = dir.File("example.xlsx");
        var error = Exporter.Write(Seed.Context(Language.Ja, result), ExportFormat.Xlsx, path);
        Assert.Null(error?.In(Language.En));

        var computed = Workbooks.Read(LibreOffice.Recalculate(path, dir.File("lo")));

        if (!result.Plan.Dimensions.IsEmpty)
        {
            // Plans over regions and reps get a sheet per dimension: every member's numbers, recalculated, are the engine's.
            DimensionWorkbookTests.AssertMembersSame(result, computed);
            return;
        }
        WorkbookRecalculationTests.AssertSame(result, computed);
    }
}
