using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ippon.Calculation;
using Ippon.Export.Excel;
using Ippon.Import.Excel;
using Ippon.Export.Tests.Tools;
using Ippon.Numbers;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Ippon.Export.Tests.Excel;

/// <summary>Plans over regions and reps as workbooks: a sheet per dimension with live formulas that LibreOffice recalculates to the engine's numbers, the actuals sheet, the print set-up.</summary>
public class DimensionWorkbookTests
{
    static string RegionalYaml => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "regional-sales.yaml"));

    [Fact]
    public void Recalculate_RegionalPlan_EveryMembersTargetAndPlanOnTheDimensionSheetsEqualsTheEngines()
    {
        using var dir = new TempDir();
        var result = PlanCalculator.Calculate(Seed.Read(RegionalYaml));
        var xlsx = Workbooks.Write(result, dir.File("regional.xlsx"));

        var written = Workbooks.Read(xlsx);
        Assert.NotNull(written.Sheet("rep別"));
        Assert.NotNull(written.Sheet("region別"));
        // Live: 田中's orders are his deals × his win rate, his orders' target is his revenue target ÷ his region's price, rounded up.
        var reps = written.Sheet("rep別")!;
        var tanaka = Row(reps, "田中");
        Assert.Matches(@"^[A-Z]+4\*[A-Z]+4$", Cell(reps, tanaka, "受注数 計画").Formula);
        Assert.Matches(@"^ROUNDUP\([A-Z]+4/INDEX\('region別'!.*MATCH\(B4,.*\),0\)$", Cell(reps, tanaka, "受注数 目標").Formula);
        Assert.Null(Cell(reps, tanaka, "受注数 計画").Number); // no cached value: the spreadsheet computes it

        var computed = Workbooks.Read(LibreOffice.Recalculate(xlsx, dir.File("lo")));
        AssertMembersSame(result, computed);
        Assert.Equal(36m, Cell(computed.Sheet("rep別")!, tanaka, "受注数 目標").Number);
        // The tree sheet's totals and the actions sheet's volume are the members' sums: 4億8,250万円 planned, 3,590 visits.
        Assert.Equal(482_500_000m, Workbooks.Round(Workbooks.Number(computed, "revenue")));
        var actions = computed.Sheets.Single(s => WorkbookLayout.Actions.Matches(s.Name));
        var visits = Enumerable.Range(1, actions.LastRow).Single(r => actions[r, 0]?.Text == "rep_visits");
        Assert.Equal(3590m, actions[visits, WorkbookLayout.Actions.IndexOf("volume")]?.Number);
        Assert.Equal(Workbooks.Round(result.Action("rep_visits")!.Load), Workbooks.Round(actions[visits, WorkbookLayout.Actions.IndexOf("load")]?.Number));
    }

    [Fact]
    public void Recalculate_TanakasWinRateCellChangedTo15Percent_HisChainFollowsAsTheEngineComputesIt()
    {
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(PlanCalculator.Calculate(Seed.Read(RegionalYaml)), dir.File("regional.xlsx"));
        SetCell(xlsx, "rep別", "田中", "受注率", 0.15m);

        var computed = Workbooks.Read(LibreOffice.Recalculate(xlsx, dir.File("lo")));

        var expected = PlanCalculator.Calculate(Seed.Read(RegionalYaml.Replace("values: { 田中: 30%, 山本: 20% }", "values: { 田中: 15%, 山本: 20% }", StringComparison.Ordinal)));
        AssertMembersSame(expected, computed);
        var reps = computed.Sheet("rep別")!;
        Assert.Equal(240m, Cell(reps, Row(reps, "田中"), "商談数 目標").Number);  // 36 orders ÷ 15% (was 120)
        Assert.Equal(1200m, Cell(reps, Row(reps, "田中"), "訪問数 目標").Number); // 240 ÷ 20% (was 600)
    }

    [Fact]
    public void Write_EveryPlan_HasAnActualsSheetWithThePlanPerPeriodAndLiveAttainment()
    {
        using var dir = new TempDir();
        var review = Seed.ReviewAtQ2();
        var xlsx = dir.File("seed.xlsx");
        Assert.Null(Exporter.Write(Seed.Context() with { Review = review }, ExportFormat.Xlsx, xlsx)?.In(Language.En));

        var computed = Workbooks.Read(LibreOffice.Recalculate(xlsx, dir.File("lo")));
        var sheet = computed.Sheet("実績")!;
        foreach (var m in review.Metrics.Where(m => m.Member is null && m.Metric.Metric.Role is not null))
        {
            foreach (var p in m.Periods)
            {
                var row = Enumerable.Range(4, sheet.LastRow).Single(r => sheet[r, 0]?.Text == m.Id && sheet[r, 2]?.Text == p.Period.Label);
                Assert.True(Workbooks.Round(p.Plan) == Workbooks.Round(sheet[row, 4]?.Number), $"{m.Id} {p.Period.Label}: plan {p.Plan}, sheet {sheet[row, 4]?.Number}");
                if (p.Source == Ippon.Review.ActualSource.Given)
                {
                    Assert.Equal(p.Actual, sheet[row, 5]?.Number);
                    Assert.True(Workbooks.Round(p.Attainment) == Workbooks.Round(sheet[row, 6]?.Number), $"{m.Id} {p.Period.Label}: attainment {p.Attainment}, sheet {sheet[row, 6]?.Number}");
                    if (p.CumulativeActual is { } cumulative) Assert.Equal(Workbooks.Round(cumulative), Workbooks.Round(sheet[row, 8]?.Number));
                }
            }
        }
        // Without actuals the sheet is there too, the plan per period and empty yellow cells to type into.
        var plain = Workbooks.Read(Workbooks.Write(Seed.Result(), dir.File("plain.xlsx")));
        Assert.NotNull(plain.Sheet("実績"));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("regional")]
    public void Print_Workbook_IsA4LandscapeOnePageWideWithRepeatedHeaders(string which)
    {
        using var dir = new TempDir();
        var result = which == "seed" ? Seed.Result() : PlanCalculator.Calculate(Seed.Read(RegionalYaml));
        var xlsx = Workbooks.Write(result, dir.File(which + ".xlsx"));
        using (var document = SpreadsheetDocument.Open(xlsx, false))
        {
            var book = document.WorkbookPart!;
            var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
            foreach (var sheet in sheets)
            {
                var setup = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<PageSetup>()!;
                Assert.Equal(9u, setup.PaperSize!.Value);                        // A4
                Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
                Assert.Equal(1u, setup.FitToWidth!.Value);
                Assert.Equal(0u, setup.FitToHeight!.Value);
            }
            var titles = book.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
            Assert.Equal(sheets.Count, titles.Count);
            Assert.All(titles, t => Assert.EndsWith("!$1:$3", t.Text, StringComparison.Ordinal));
        }
        // LibreOffice prints every sheet one page wide: a page per sheet for these small plans (it printed 18 before).
        var pdf = LibreOffice.Convert(xlsx, dir.File("pdf"), "pdf", ".pdf");
        var pages = Poppler.PageCount(pdf);
        Assert.True(pages <= Workbooks.Read(xlsx).Sheets.Count, $"{pages} pages for {Workbooks.Read(xlsx).Sheets.Count} sheets");
    }

    static int Row(SheetCells sheet, string member) => Enumerable.Range(4, sheet.LastRow).First(r => sheet[r, 0]?.Text == member);

    static int Column(SheetCells sheet, string header) => Enumerable.Range(0, sheet.LastColumn + 1).Single(c => sheet[3, c]?.Text == header);

    static CellData Cell(SheetCells sheet, int row, string header) => sheet[row, Column(sheet, header)]!;

    // Every member's target and planned value of every metric with a column on its dimension's sheet.
    internal static void AssertMembersSame(PlanResult expected, WorkbookReader computed)
    {
        var checkedCells = 0;
        foreach (var m in expected.Metrics.Where(m => m.Shape.Dims.Length == 1))
        {
            var d = m.Shape.Dims[0];
            var sheet = computed.Sheet(d.Name + "別")!;
            var label = m.Metric.Label;
            var targetColumn = Enumerable.Range(0, sheet.LastColumn + 1).FirstOrDefault(c => sheet[3, c]?.Text == label + " 目標", -1);
            var plannedColumn = Enumerable.Range(0, sheet.LastColumn + 1).First(c => sheet[3, c]?.Text is { } h && (h == label + " 計画" || h == label));
            for (var k = 0; k < d.Count; k++)
            {
                var row = Row(sheet, d.Members[k]);
                Assert.True(Workbooks.Round(m.Planned[k]) == Workbooks.Round(sheet[row, plannedColumn]?.Number), $"{m.Id} [{d.Members[k]}]: planned {m.Planned[k]}, the spreadsheet shows {sheet[row, plannedColumn]?.Number}");
                if (targetColumn >= 0)
                    Assert.True(Workbooks.Round(m.Targets[k]) == Workbooks.Round(sheet[row, targetColumn]?.Number), $"{m.Id} [{d.Members[k]}]: target {m.Targets[k]}, the spreadsheet shows {sheet[row, targetColumn]?.Number}");
                checkedCells++;
            }
        }
        Assert.True(checkedCells >= 8 * 6, $"only {checkedCells} member cells compared");
    }

    // What a user does in Excel: type a member's new value into its yellow cell.
    static void SetCell(string xlsx, string sheetName, string member, string header, decimal value)
    {
        var read = Workbooks.Read(xlsx).Sheet(sheetName)!;
        var address = WorkbookLayout.Letter(Column(read, header)) + Row(read, member).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: true);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        var cell = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == address);
        Assert.Null(cell.CellFormula); // an input, not a formula
        cell.CellValue = new CellValue(value);
        cell.DataType = CellValues.Number;
        part.Worksheet.Save();
    }
}
