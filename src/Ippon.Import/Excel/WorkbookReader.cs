using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Import.Excel;

/// <summary>Reads an .xlsx workbook into memory, within limits: every sheet's cells (values and formulas) and the defined names.</summary>
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

    /// <summary>The workbook as text, one line per non-empty cell (<c>B7: 20</c>, <c>E5: =B5*C5</c>) under each sheet's <c>[name]</c>, then every defined name.</summary>
    /// <remarks>What two workbooks are compared by (an export written twice, the committed snapshot of the seed's workbook): the cells as stored, formulas as written, no styles.</remarks>
    public string ToText()
    {
        var lines = new List<string>();
        foreach (var sheet in Sheets)
        {
            lines.Add($"[{sheet.Name}]");
            for (var r = 1; r <= sheet.LastRow; r++)
            {
                for (var c = 0; c <= sheet.LastColumn; c++)
                {
                    if (sheet[r, c] is not { IsEmpty: false } cell) continue;
                    lines.Add($"{Ippon.Export.Excel.WorkbookLayout.Letter(c)}{r}: {(cell.Formula is { } f ? "=" + f : cell.AsText)}");
                }
            }
        }
        lines.Add("[names]");
        lines.AddRange(Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} = {n.Value}"));
        return string.Join("\n", lines) + "\n";
    }

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
    public static ParseResult<WorkbookReader> Open(string path)
    {
        if (Directory.Exists(path)) return Fail(new Message($"{path} はフォルダです", $"{path} is a folder"));
        if (!File.Exists(path)) return Fail(new Message($"{path} がありません", $"{path} does not exist"));
        try
        {
            using var stream = File.OpenRead(path);
            return Open(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(NotAWorkbook(path));
        }
    }

    /// <summary>Reads a workbook from <paramref name="stream"/> (seekable); <paramref name="name"/> names it in messages (the user's file name, never a server path).</summary>
    /// <remarks>
    /// A workbook is a zip archive, and a small one can inflate enormously (a 2 MB "zip bomb" to 2 GB). Before anything
    /// is parsed, every entry is inflated once into a scratch buffer against a budget of <see cref="MaxUnpackedBytes"/>
    /// (the sizes the archive declares can lie); then the sheets are read as a stream of XML (OpenXmlReader), not as a
    /// document tree, and at most <see cref="MaxCells"/> cells are kept. Memory stays bounded whatever the file holds.
    /// </remarks>
    public static ParseResult<WorkbookReader> Open(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Length > MaxBytes) return Fail(new Message($"{name} は大きすぎます (50MB まで)", $"{name} is too large (at most 50 MB)"));
        try
        {
            if (Unpacked(stream, name) is { } tooBig) return Fail(tooBig);
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxUnpackedBytes });
            var part = document.WorkbookPart;
            if (part?.Workbook?.Sheets is null) return Fail(NotAWorkbook(name));
            var strings = part.SharedStringTablePart is { } sst ? SharedStrings(sst) : [];
            var sheets = new List<SheetCells>();
            var budget = MaxCells;
            foreach (var sheet in part.Workbook.Sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart wp) continue;
                var read = Read(sheet.Name?.Value ?? "", wp, strings, ref budget);
                if (read is null) return Fail(TooManyCells(name));
                sheets.Add(read);
            }
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in part.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
                if (d.Name?.Value is { } n && d.LocalSheetId is null) names[n] = d.Text;
            return ParseResult<WorkbookReader>.Ok(new WorkbookReader(sheets, names));
        }
        // FormatException: an attribute whose value the format does not allow, read by the SDK only when asked for (a
        // cell's type t="sX" threw from cell.DataType.Value: exit 3, found by bench/fuzz.sh 84000 20261207).
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or ArgumentException or FormatException)
        {
            return Fail(NotAWorkbook(name));
        }
    }

    /// <summary>The most a workbook may inflate to, all its parts together.</summary>
    public const int MaxUnpackedBytes = 100 * 1024 * 1024;

    /// <summary>The most cells a workbook may hold, all sheets together (a plan of 100,000 metrics fits).</summary>
    public const int MaxCells = 1_000_000;

    const int MaxEntries = 10_000;

    // Inflates every entry once, counting the bytes really produced, and stops at the budget.
    static Message? Unpacked(Stream stream, string name)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries) return TooBig(name, "entries");
        long declared = 0;
        foreach (var entry in zip.Entries) declared += entry.Length;
        if (declared > MaxUnpackedBytes) return TooBig(name, declared);
        var scratch = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            int n;
            while ((n = content.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += n;
                if (total > MaxUnpackedBytes) return TooBig(name, total);
            }
        }
        return null;
    }

    static Message TooBig(string name, object size) => size is long bytes
        ? new Message(
            $"{name} は展開すると {bytes / 1_048_576.0:#,0} MB 以上になり、上限 {MaxUnpackedBytes / 1_048_576} MB を超えます。計画のブックとしては大きすぎます",
            $"{name} inflates to {bytes / 1_048_576.0:#,0} MB or more, above the {MaxUnpackedBytes / 1_048_576} MB limit for a plan workbook")
        : new Message(
            $"{name} は部品 (zip の項目) が多すぎます (最大 {MaxEntries:#,0})。計画のブックとしては読めません",
            $"{name} has too many parts (zip entries; at most {MaxEntries:#,0}) for a plan workbook");

    static Message TooManyCells(string name) => new(
        $"{name} のセルが {MaxCells:#,0} 個を超えています。計画のブックとしては大きすぎます (指標の表だけを残してください)",
        $"{name} has more than {MaxCells:#,0} cells, too many for a plan workbook (keep only the table of metrics)");

    // Why the file is not read, for the whole file (field "file").
    static ParseResult<WorkbookReader> Fail(Message why) => ParseResult<WorkbookReader>.Fail(new FieldMessage("file", why));

    static Message NotAWorkbook(string name) => new(
        $"{name} は Excel ブック (.xlsx) として読めません",
        $"{name} cannot be read as an Excel workbook (.xlsx)");

    static List<string> SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem)) strings.Add(reader.LoadCurrentElement()!.InnerText);
            else reader.Read();
        }
        return strings;
    }

    // The cells of one sheet, read as a stream of XML elements; null when the cell budget runs out.
    static SheetCells? Read(string name, WorksheetPart part, List<string> strings, ref int budget)
    {
        var cells = new Dictionary<(int, int), CellData>();
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(Cell))
            {
                reader.Read();
                continue;
            }
            var cell = (Cell)reader.LoadCurrentElement()!;
            if (cell.CellReference?.Value is not { } reference) continue;
            var (row, column) = Parse(reference);
            if (row <= 0) continue;
            if (--budget < 0) return null;
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
            else if (raw is not null && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && Math.Abs(n) <= NumberText.MaxMagnitude)
            {
                number = n;
            }
            else if (raw is not null)
            {
                // A number beyond ±10^18 (or beyond decimal: 1E+30) stays its text, so that every reader of the cell
                // refuses it through the one number rule (NumberText) with the cell's address, instead of taking it
                // as a value that overflows later or, beyond decimal, as an empty cell.
                text = raw;
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
