using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ippon.Numbers;

namespace Ippon.Export.Excel;

/// <summary>Reads an .xlsx workbook into memory: every sheet's cells (values and formulas) and the defined names.</summary>
/// <remarks>Reads what any spreadsheet wrote (Excel, LibreOffice, Ippon): shared strings, inline strings, numbers, booleans,
/// errors and cached formula results. A file that is not a workbook is an error value, never an exception.</remarks>
public sealed class WorkbookReader
{
    const long MaxBytes = 50L * 1024 * 1024;

    WorkbookReader(List<SheetCells> sheets, Dictionary<string, string> names)
    {
        Sheets = sheets;
        Names = names;
    }

    /// <summary>The sheets in workbook order.</summary>
    public IReadOnlyList<SheetCells> Sheets { get; }

    /// <summary>Defined name → what it refers to, as written: 'ツリー'!$E$5.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The sheet called <paramref name="name"/>, or null.</summary>
    public SheetCells? Sheet(string name) => Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The cell a defined name refers to (a single cell), or null.</summary>
    public CellData? ByName(string name)
    {
        if (!Names.TryGetValue(name, out var reference)) return null;
        var bang = reference.LastIndexOf('!');
        if (bang < 0) return null;
        var sheetName = reference[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
        var (row, column) = Parse(reference[(bang + 1)..].Replace("$", "", StringComparison.Ordinal));
        return row > 0 ? Sheet(sheetName)?[row, column] : null;
    }

    /// <summary>Reads <paramref name="path"/>; on failure returns why in both languages.</summary>
    public static (WorkbookReader? Workbook, Message? Error) Open(string path)
    {
        if (Directory.Exists(path)) return (null, new Message($"{path} はフォルダです", $"{path} is a folder"));
        if (!File.Exists(path)) return (null, new Message($"{path} がありません", $"{path} does not exist"));
        if (new FileInfo(path).Length > MaxBytes) return (null, new Message($"{path} は大きすぎます (50MB まで)", $"{path} is too large (at most 50 MB)"));
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            var part = document.WorkbookPart;
            if (part?.Workbook?.Sheets is null) return (null, NotAWorkbook(path));
            var strings = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sheets = new List<SheetCells>();
            foreach (var sheet in part.Workbook.Sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart wp) continue;
                sheets.Add(Read(sheet.Name?.Value ?? "", wp, strings));
            }
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in part.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
                if (d.Name?.Value is { } n && d.LocalSheetId is null) names[n] = d.Text;
            return (new WorkbookReader(sheets, names), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException or System.Xml.XmlException)
        {
            return (null, NotAWorkbook(path));
        }
    }

    static Message NotAWorkbook(string path) => new(
        $"{path} は Excel ブック (.xlsx) として読めません",
        $"{path} cannot be read as an Excel workbook (.xlsx)");

    static SheetCells Read(string name, WorksheetPart part, List<string> strings)
    {
        var cells = new Dictionary<(int, int), CellData>();
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            if (cell.CellReference?.Value is not { } reference) continue;
            var (row, column) = Parse(reference);
            if (row <= 0) continue;
            var formula = cell.CellFormula?.Text is { Length: > 0 } f ? f : null;
            var raw = cell.CellValue?.Text;
            string? text = null;
            decimal? number = null;
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count) text = strings[i];
            }
            else if (type == CellValues.InlineString)
            {
                text = cell.InlineString?.InnerText;
            }
            else if (type == CellValues.String || type == CellValues.Error)
            {
                text = raw;
            }
            else if (type == CellValues.Boolean)
            {
                text = raw == "1" ? "TRUE" : "FALSE";
            }
            else if (raw is not null && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                number = n;
            }
            cells[(row, column)] = new CellData($"{name}!{reference}", text, number, formula);
        }
        return new SheetCells(name, cells);
    }

    /// <summary>A1 → (1, 0); anything else → (0, 0).</summary>
    public static (int Row, int Column) Parse(string reference)
    {
        var i = 0;
        var column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        if (i == 0 || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row)) return (0, 0);
        return (row, column - 1);
    }
}
