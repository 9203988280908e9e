using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ippon.Import.Excel;
using Ippon.Numbers;

namespace Ippon.Bench;

/// <summary>
/// The memory of importing a big workbook (issue 10: a 16.5 MB workbook of 3 million rows took 3.4 GB).
/// <c>--write-workbook ROWS FILE</c> writes a table of ROWS metrics (id, formula or value, name: three cells a row)
/// with the SAX writer; <c>--profile-import FILE</c> imports it as <c>ippon import</c> does and prints the outcome,
/// the time and the process's peak working set.
/// </summary>
public static class ImportProfile
{
    public static void Write(int rows, string file)
    {
        using var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            Row(writer, 1, "id", "formula", "name");
            Row(writer, 2, "revenue", "sum_of_all * 1", "売上");
            Row(writer, 3, "sum_of_all", "m1 + m2", "合計");
            for (var i = 1; i <= rows - 2; i++) Row(writer, i + 3, $"m{i}", i % 2 == 0 ? "10" : "20%", $"指標{i}");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "表" }));
        workbook.Workbook.Save();
    }

    static void Row(OpenXmlWriter writer, int row, params string[] texts)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        for (var c = 0; c < texts.Length; c++)
        {
            writer.WriteElement(new Cell
            {
                CellReference = $"{(char)('A' + c)}{row}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(texts[c])),
            });
        }
        writer.WriteEndElement();
    }

    public static void Run(string file)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var imported = WorkbookImporter.Import(file);
        var outcome = imported.Success ? $"imported {imported.Plan.Metrics.Length:#,0} metrics" : $"refused: {imported.Errors[0].Format(Language.En)}";
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"{Path.GetFileName(file)} ({new FileInfo(file).Length / 1048576.0:0.0} MB): {outcome}");
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU, peak working set {process.PeakWorkingSet64 / 1048576.0:#,0} MB");
    }
}
