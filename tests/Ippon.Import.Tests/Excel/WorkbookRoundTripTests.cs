using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using Ippon.Calculation;
using Ippon.Export.Excel;
using Ippon.Import.Excel;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Import.Tests.Excel;

/// <summary>export → import → export gives the same plan; a plain table of metric and formula imports too.</summary>
public class WorkbookRoundTripTests
{
    static string Rich => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "rich.yaml"));

    [Theory]
    [InlineData("seed", Language.Ja)]
    [InlineData("seed", Language.En)]
    [InlineData("rich", Language.Ja)]
    [InlineData("rich", Language.En)]
    public void ExportImportExport_GivesTheSamePlan(string which, Language language)
    {
        using var dir = new TempDir();
        var original = which == "seed" ? SeedPlan.Build() : Workbooks.Read(Rich);

        var first = Import(Workbooks.Write(PlanCalculator.Calculate(original), dir.File("first.xlsx"), language));
        var second = Import(Workbooks.Write(PlanCalculator.Calculate(first), dir.File("second.xlsx"), language));

        Assert.Equal(PlanWriter.Write(original), PlanWriter.Write(first));
        Assert.Equal(PlanWriter.Write(first), PlanWriter.Write(second));
        Assert.Equal(Workbooks.Open(dir.File("first.xlsx")).ToText(), Workbooks.Open(dir.File("second.xlsx")).ToText());
    }

    [Fact]
    public void Import_WorkbookRecalculatedBySpreadsheet_StillReadsBack()
    {
        // LibreOffice rewrites the whole file (shared strings, cached values, its own styles): the importer must not care.
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(PlanCalculator.Calculate(Workbooks.Read(Rich)), dir.File("rich.xlsx"));

        var resaved = Ippon.Export.Tests.Tools.LibreOffice.Recalculate(xlsx, dir.File("lo"));

        Assert.Equal(PlanWriter.Write(Workbooks.Read(Rich)), PlanWriter.Write(Import(resaved)));
    }

    [Fact]
    public void Import_WinRateEditedInTheWorkbook_ComesBackIntoThePlan()
    {
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(Workbooks.Seed(), dir.File("seed.xlsx"));
        Edit(xlsx, "前提", "win_rate", "D", new CellValue(0.15m), CellValues.Number);

        var plan = Import(xlsx);

        Assert.Equal(0.15m, plan.Find("win_rate")!.Value);
        Assert.Equal(134m, PlanCalculator.Calculate(plan).Metric("deals")!.Target);
    }

    [Fact]
    public void Import_TwoColumnTableOfMetricAndFormula_BuildsAPlanWithTheKgiAtTheRoot()
    {
        using var dir = new TempDir();
        var xlsx = Table(dir.File("table.xlsx"),
            ["指標", "式", "目標"],
            ["revenue", "new_revenue + repeat_revenue", "1億円"],
            ["repeat_revenue", "6000万円", null],
            ["new_revenue", "=orders * unit_price", null],
            ["orders", "deals * win_rate", null],
            ["deals", "leads * deal_rate", null],
            ["leads", null, null],
            ["unit_price", "200万円", null],
            ["win_rate", 0.2m, null],
            ["deal_rate", "10%", null]);

        var plan = Import(xlsx);

        Assert.Equal("table", plan.Title);
        Assert.Equal(MetricRole.Kgi, plan.Find("revenue")!.Role);
        Assert.Equal(100_000_000m, plan.Find("revenue")!.Target);
        Assert.Equal(Unit.Currency("JPY"), plan.Find("unit_price")!.Unit);
        Assert.Equal(Unit.Ratio, plan.Find("deal_rate")!.Unit);
        Assert.Equal("orders * unit_price", plan.Find("new_revenue")!.Formula!.Text);
        Assert.Equal(MetricRole.Kpi, plan.Find("leads")!.Role);
        var result = PlanCalculator.Calculate(plan);
        Assert.Equal(20m, result.Metric("orders")!.Target);
        Assert.Equal(1000m, result.Metric("leads")!.Target);
    }

    [Fact]
    public void Import_TableWithoutHeaderAndAnExcelFormulaCell_ReadsColumnsAAndB()
    {
        using var dir = new TempDir();
        var xlsx = Table(dir.File("plain.xlsx"),
            ["profit", new Formula("SUM(sales) - cost"), null],
            ["sales", 1000m, null],
            ["cost", 400m, null]);

        var plan = Import(xlsx);

        Assert.Equal("SUM(sales) - cost", plan.Find("profit")!.Formula!.Text);
        Assert.Equal(MetricRole.Kgi, plan.Find("profit")!.Role);
        Assert.Equal(600m, PlanCalculator.Calculate(plan).Metric("profit")!.PlannedValue);
    }

    [Theory]
    [InlineData("2nd_revenue", "1", "表!A2: the id '2nd_revenue' must start with a letter (any script) or _")]
    [InlineData("revenue", "orders *", "表!B2: cannot read the formula 'orders *'")]
    public void Import_BadTable_NamesTheSheetAndCell(string id, string formula, string expected)
    {
        using var dir = new TempDir();
        var xlsx = Table(dir.File("bad.xlsx"), ["id", "formula", null], [id, formula, null]);

        var read = WorkbookImporter.Import(xlsx);

        Assert.False(read.Success);
        Assert.Contains(expected, read.Errors[0].Format(Language.En));
    }

    [Fact]
    public void Import_BadFormulaInAnIpponWorkbook_NamesTheCell()
    {
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(Workbooks.Seed(), dir.File("seed.xlsx"));
        Edit(xlsx, "ツリー", "orders", "D", null, null, text: "deals * (win_rate");

        var read = WorkbookImporter.Import(xlsx);

        Assert.False(read.Success);
        Assert.StartsWith("seed.xlsx: ツリー!D7: cannot read the formula 'deals * (win_rate'", read.Errors[0].Format(Language.En));
    }

    [Theory]
    [InlineData("not a zip")]
    [InlineData("")]
    public void Import_FileThatIsNotAWorkbook_IsAnErrorNotAnException(string content)
    {
        using var dir = new TempDir();
        var path = dir.File("fake.xlsx");
        File.WriteAllText(path, content);

        var read = WorkbookImporter.Import(path);

        Assert.False(read.Success);
        Assert.Contains("cannot be read as an Excel workbook", read.Errors[0].Format(Language.En));
    }

    static Plan Import(string xlsx)
    {
        var read = WorkbookImporter.Import(xlsx);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        return read.Plan!;
    }

    sealed record Formula(string Text);

    // A workbook as a person would make it: one sheet, a value or a formula per cell.
    static string Table(string path, params object?[][] rows)
    {
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = WorkbookLayout.Letter(c) + (r + 1);
                    switch (rows[r][c])
                    {
                        case string s: row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) }); break;
                        case decimal d: row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d) }); break;
                        case Formula f: row.Append(new Cell { CellReference = reference, CellFormula = new CellFormula(f.Text) }); break;
                    }
                }
                data.Append(row);
            }
            part.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "表" }));
        }
        return path;
    }

    // Changes one cell of the row whose id is <paramref name="id"/> on <paramref name="sheetName"/>.
    static void Edit(string xlsx, string sheetName, string id, string column, CellValue? value, CellValues? type, string? text = null)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var row = part.Worksheet.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => c.CellReference!.Value!.StartsWith('A') && c.InnerText == id));
        var cell = row.Elements<Cell>().Single(c => c.CellReference!.Value == column + row.RowIndex!.Value);
        if (text is not null)
        {
            cell.CellFormula = null;
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
        }
        else
        {
            cell.CellValue = value;
            cell.DataType = type;
        }
        part.Worksheet.Save();
    }
}
