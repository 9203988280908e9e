using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using Ippon.Calculation;
using Ippon.Export.Excel;
using Ippon.Import.Excel;
using Ippon.Export.Tests.Tools;

namespace Ippon.Export.Tests.Excel;

/// <summary>The workbook recalculated by a real spreadsheet engine (LibreOffice Calc) gives Ippon's numbers.</summary>
public class WorkbookRecalculationTests
{
    [Fact]
    public void Recalculate_SeedPlan_EveryTargetPlannedValueAndActionEqualsIppons()
    {
        using var dir = new TempDir();
        var result = Seed.Result();
        var xlsx = Workbooks.Write(result, dir.File("seed.xlsx"));

        var computed = Workbooks.Read(LibreOffice.Recalculate(xlsx, dir.File("lo")));

        AssertSame(result, computed);
        Assert.Equal(100m, Workbooks.Number(computed, "deals_target"));
        Assert.Equal(1000m, Workbooks.Number(computed, "leads_target"));
    }

    [Fact]
    public void Recalculate_WinRateCellChangedTo15Percent_DealsRead134AndLeads1340()
    {
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(Seed.Result(), dir.File("seed.xlsx"));
        SetNamedCell(xlsx, "win_rate", 0.15m);

        var computed = Workbooks.Read(LibreOffice.Recalculate(xlsx, dir.File("lo")));

        Assert.Equal(134m, Workbooks.Number(computed, "deals_target"));
        Assert.Equal(1340m, Workbooks.Number(computed, "leads_target"));
        Assert.Equal(20m, Workbooks.Number(computed, "orders_target"));
        // Every other number follows too, exactly as `ippon plan --set win_rate=15%` computes it.
        AssertSame(Seed.WinRate15(), computed);
    }

    [Fact]
    public void Recalculate_SumsSharesFunctionsAndDirectionDown_EqualIppons()
    {
        using var dir = new TempDir();
        var yaml = """
            plan: 構成のいろいろ
            metrics:
              profit: { name: 利益, role: kgi, formula: sales - cost, target: 3000万円, unit: JPY }
              sales: { name: 売上, formula: store + online + 5000000, unit: JPY }
              store: { name: 店舗売上, role: ksf, value: 6000万円, unit: JPY }
              online: { name: EC売上, role: ksf, value: 2000万円, unit: JPY }
              cost: { name: 費用, value: 5000万円, unit: JPY }
              visits: { name: 来店数, role: kpi, formula: "ceil(store / ticket) + max(0, events * 10)", unit: count }
              ticket: { name: 客単価, value: 7000, unit: JPY }
              events: { name: イベント数, value: 12, unit: 回 }
              churn: { name: 解約数, role: kpi, formula: customers * churn_rate, target: 30, unit: count, direction: down }
              customers: { name: 顧客数, role: kpi, unit: count }
              churn_rate: { name: 解約率, value: 2.5%, unit: ratio }
              online_orders: { name: EC注文数, role: kpi, formula: round(online / 8000), unit: count }
            actions:
              flyers: { name: チラシ, drives: customers, per_unit: 0.5, volume: 1000, capacity: 5000 }
              calls: { name: 架電, drives: customers, per_unit: 0.1, capacity: { people: 2, per_person_per_day: 20, working_days: 200 } }
              mail: { name: メール, drives: customers, per_unit: 0.05, share: 20%, capacity: 100000 }
            """;
        var result = PlanCalculator.Calculate(Seed.Read(yaml));
        var xlsx = Workbooks.Write(result, dir.File("mixed.xlsx"));

        var computed = Workbooks.Read(LibreOffice.Recalculate(xlsx, dir.File("lo")));

        AssertSame(result, computed);
    }

    [Fact]
    public void Shown_SeedPlan_MoneyInManYenCountsInKenRatesInPercent()
    {
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(Seed.Result(), dir.File("seed.xlsx"));

        var rows = LibreOffice.Shown(xlsx, dir.File("csv"));

        Assert.Contains(rows, r => r.StartsWith("\"new_revenue\",\"KSF\",\"新規売上\",\"orders * unit_price\",4000.0万円,4000.0万円,±0,100.0%", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("\"deals\",\"KPI\",\"商談数\",\"leads * deal_rate\",100件,100件,±0,100.0%", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("\"revenue\",\"KGI\",\"年間売上\",\"repeat_revenue + new_revenue\",10000.0万円", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("\"win_rate\",\"前提\",\"受注率\",,,20.0%", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SeedPlan_FormulaCellsCarryNoCachedValueAndTheWorkbookAsksForFullCalculation()
    {
        using var dir = new TempDir();
        var xlsx = Workbooks.Write(Seed.Result(), dir.File("seed.xlsx"));

        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var formulas = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Where(c => c.CellFormula is not null).ToList();
        Assert.NotEmpty(formulas);
        Assert.All(formulas, c => Assert.Null(c.CellValue));
        Assert.True(document.WorkbookPart.Workbook.CalculationProperties?.FullCalculationOnLoad?.Value);
    }

    [Fact]
    public void Write_SeedPlan_MatchesTheCommittedFormulaDump() =>
        Snapshot.Match("seed.xlsx.txt", Dump(Workbooks.Write(Seed.Result(), Path.Combine(Path.GetTempPath(), $"ippon-dump-{Guid.NewGuid():N}.xlsx")), delete: true));

    // Every target and planned value by its defined name, every action's volume, load and coverage by its row.
    internal static void AssertSame(PlanResult expected, WorkbookReader computed)
    {
        var names = new NameTable(expected.Plan.Metrics.Select(m => m.Id));
        foreach (var m in expected.Metrics)
        {
            if (m.Target is { } target)
                Assert.True(Workbooks.Round(target) == Workbooks.Round(Workbooks.Number(computed, names.Target(m.Id))), $"{m.Id}: target {target}, the spreadsheet shows {computed.ByName(names.Target(m.Id))}");
            if (m.PlannedValue is { } planned)
                Assert.True(Workbooks.Round(planned) == Workbooks.Round(Workbooks.Number(computed, names.Planned(m.Id))), $"{m.Id}: planned {planned}, the spreadsheet shows {computed.ByName(names.Planned(m.Id))}");
        }
        var sheet = computed.Sheets.Single(s => WorkbookLayout.Actions.Matches(s.Name));
        foreach (var a in expected.Actions)
        {
            var row = Enumerable.Range(1, sheet.LastRow).Single(r => sheet[r, 0]?.Text == a.Id);
            Assert.True(Workbooks.Round(a.Volume) == Workbooks.Round(sheet[row, WorkbookLayout.Actions.IndexOf("volume")]?.Number), $"{a.Id}: volume {a.Volume}");
            Assert.True(Workbooks.Round(a.Capacity) == Workbooks.Round(sheet[row, WorkbookLayout.Actions.IndexOf("capacity")]?.Number), $"{a.Id}: capacity {a.Capacity}");
            Assert.True(Workbooks.Round(a.Load) == Workbooks.Round(sheet[row, WorkbookLayout.Actions.IndexOf("load")]?.Number), $"{a.Id}: load {a.Load}");
            if (a.Coverage is { } coverage)
                Assert.True(Workbooks.Round(coverage) == Workbooks.Round(sheet[row, WorkbookLayout.Actions.IndexOf("coverage")]?.Number), $"{a.Id}: coverage {coverage}");
        }
    }

    // What a user does in Excel: type a new value into the cell the name points to.
    static void SetNamedCell(string xlsx, string name, decimal value)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: true);
        var workbook = document.WorkbookPart!;
        var reference = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == name).Text;
        var sheetName = reference[..reference.LastIndexOf('!')].Trim('\'');
        var address = reference[(reference.LastIndexOf('!') + 1)..].Replace("$", "", StringComparison.Ordinal);
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);
        cell.CellValue = new CellValue(value);
        cell.DataType = CellValues.Number;
        part.Worksheet.Save();
    }

    /// <summary>Every non-empty cell of the workbook, sheet by sheet: value or =formula, then the defined names.</summary>
    static string Dump(string xlsx, bool delete = false)
    {
        var text = Workbooks.Read(xlsx).ToText();
        if (delete) File.Delete(xlsx);
        return text;
    }
}
