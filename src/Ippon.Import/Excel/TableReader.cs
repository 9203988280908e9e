using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Export.Excel;

namespace Ippon.Import.Excel;

/// <summary>Finds a table on a sheet by its header row (in either language) and reads its rows by column key.</summary>
sealed class TableReader
{
    readonly SheetCells _sheet;
    readonly Dictionary<string, int> _columns;

    TableReader(SheetCells sheet, int headerRow, Dictionary<string, int> columns)
    {
        _sheet = sheet;
        HeaderRow = headerRow;
        _columns = columns;
    }

    public int HeaderRow { get; }

    public SheetCells Sheet => _sheet;

    /// <summary>The table on <paramref name="sheet"/> whose header holds <paramref name="layout"/>'s first column, within the first ten rows; null when none.</summary>
    public static TableReader? Find(SheetCells sheet, SheetLayout layout)
    {
        for (var row = 1; row <= Math.Min(10, sheet.LastRow); row++)
        {
            var columns = new Dictionary<string, int>();
            for (var col = 0; col <= sheet.LastColumn; col++)
            {
                var header = sheet[row, col]?.Text;
                foreach (var c in layout.Columns.Where(c => c.Matches(header))) columns.TryAdd(c.Key, col);
            }
            if (columns.ContainsKey(layout.Columns[0].Key) && columns.Count >= Math.Min(2, layout.Columns.Length)) return new TableReader(sheet, row, columns);
        }
        return null;
    }

    /// <summary>The data rows: those after the header with anything in the first column.</summary>
    public IEnumerable<int> Rows(string firstKey)
    {
        for (var row = HeaderRow + 1; row <= _sheet.LastRow; row++)
            if (Cell(row, firstKey) is { IsEmpty: false }) yield return row;
    }

    public bool Has(string key) => _columns.ContainsKey(key);

    public CellData? Cell(int row, string key) => _columns.TryGetValue(key, out var col) ? _sheet[row, col] : null;

    public string Where(int row, string key) => _sheet.Reference(row, _columns.GetValueOrDefault(key));

    /// <summary>The trimmed text of a cell, or null when empty.</summary>
    public string? Text(int row, string key)
    {
        var t = Cell(row, key)?.AsText?.Trim();
        return string.IsNullOrEmpty(t) ? null : t;
    }

    /// <summary>The name of a metric or an action in the <c>name</c> column: its trimmed text, or an error when it breaks <see cref="MetricNames.MaxLength"/>.</summary>
    public ParseResult<string?> Name(int row)
    {
        var name = Text(row, "name");
        if (MetricNames.Problem(name) is not { } problem) return ParseResult<string?>.Ok(name);
        return Fail<string?>(row, "name", problem);
    }

    /// <summary>The number in a cell (a number, or text such as 4,000万円 or 20%); null when empty; an error when unreadable.</summary>
    public ParseResult<decimal?> Number(int row, string key)
    {
        var cell = Cell(row, key);
        if (cell is null || cell.IsEmpty) return ParseResult<decimal?>.Ok(null);
        if (cell.Number is { } n) return ParseResult<decimal?>.Ok(n);
        if (cell.Text is { } t && NumberText.TryParse(t, out var v)) return ParseResult<decimal?>.Ok(v);
        if (cell.Formula is not null && cell.Text is null) return ParseResult<decimal?>.Ok(null);
        return Fail<decimal?>(row, key, NumberText.Refusal(cell.AsText));
    }

    /// <summary>A date: a spreadsheet date serial, or text YYYY-MM-DD.</summary>
    public ParseResult<DateOnly?> Date(int row, string key)
    {
        var cell = Cell(row, key);
        if (cell is null || cell.IsEmpty) return ParseResult<DateOnly?>.Ok(null);
        if (cell.Number is { } n && n is > 0 and < 2_958_466) return ParseResult<DateOnly?>.Ok(DateOnly.FromDateTime(DateTime.FromOADate((double)n)));
        if (cell.Text is { } t && DateOnly.TryParse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var d)) return ParseResult<DateOnly?>.Ok(d);
        return Fail<DateOnly?>(row, key, new Message(
            $"'{cell.AsText}' は日付として読めません (例: 2027-03-31)",
            $"expected a date such as 2027-03-31, found '{cell.AsText}'"));
    }

    // The reason with the cell it concerns in front (B7: …), as every message of an import names its cell; the field is the column's key.
    ParseResult<T> Fail<T>(int row, string key, Message why) => ParseResult<T>.Fail(new FieldMessage(key,
        new Message($"{Where(row, key)}: {why.In(Language.Ja)}", $"{Where(row, key)}: {why.In(Language.En)}")));
}
