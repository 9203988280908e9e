using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ippon.Export.Excel;

/// <summary>Collects the cells of one worksheet in any order and writes them in the order the file format requires.</summary>
sealed class SheetWriter(SheetLayout layout)
{
    readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];

    public SheetLayout Layout { get; } = layout;

    /// <summary>The reference of 1-based <paramref name="row"/> and the column with <paramref name="key"/>: E5.</summary>
    public string At(string key, int row) => Layout.Letter(key) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The absolute reference from another sheet: '前提'!$D$5.</summary>
    public string Absolute(string key, int row, string sheetName) =>
        $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${Layout.Letter(key)}${row.ToString(CultureInfo.InvariantCulture)}";

    public void Text(int row, int column, string? text, uint style)
    {
        if (text is null) return;
        Put(row, column, new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style,
        });
    }

    public void Text(int row, string key, string? text, uint style) => Text(row, Layout.IndexOf(key), text, style);

    public void Number(int row, string key, decimal? value, uint style)
    {
        var column = Layout.IndexOf(key);
        if (value is not { } v)
        {
            Put(row, column, new Cell { StyleIndex = style });
            return;
        }
        Put(row, column, new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue((v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)),
            StyleIndex = style,
        });
    }

    public void Date(int row, string key, DateOnly? date, uint style)
    {
        if (date is not { } d) return;
        Number(row, key, (decimal)d.ToDateTime(TimeOnly.MinValue).ToOADate(), style);
    }

    /// <summary>A live formula with no cached value, so that every spreadsheet computes it on load.</summary>
    public void Formula(int row, string key, string formula, uint style) =>
        Put(row, Layout.IndexOf(key), new Cell { CellFormula = new CellFormula(formula), StyleIndex = style });

    public void Empty(int row, string key, uint style) => Put(row, Layout.IndexOf(key), new Cell { StyleIndex = style });

    void Put(int row, int column, Cell cell)
    {
        cell.CellReference = WorkbookLayout.Letter(column) + row.ToString(CultureInfo.InvariantCulture);
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[column] = cell;
    }

    /// <summary>The worksheet: frozen header, column widths, the cells.</summary>
    public Worksheet Build(bool selected, int frozenRows)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (frozenRows > 0)
        {
            view.Append(new Pane
            {
                VerticalSplit = frozenRows,
                TopLeftCell = "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            });
        }
        var columns = new Columns();
        for (var i = 0; i < Layout.Columns.Length; i++)
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Layout.Columns[i].Width, CustomWidth = true });
        var data = new SheetData();
        foreach (var (r, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)r };
            foreach (var cell in cells.Values) row.Append(cell);
            data.Append(row);
        }
        // Print set-up: A4 landscape, every column on one page wide (as many pages tall as the rows need), page numbers.
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 18 }, columns, data,
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&P / &N")));
    }

    // XML cannot carry most control characters; a name pasted with one must not break the workbook.
    static string Clean(string text)
    {
        if (!text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c >= ' ' || c is '\t' or '\n' or '\r') sb.Append(c);
        return sb.ToString();
    }
}
