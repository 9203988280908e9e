using Ippon.Export.Excel;

namespace Ippon.Import.Excel;

/// <summary>The cells of one worksheet, read into memory: 1-based rows, 0-based columns.</summary>
public sealed class SheetCells(string name, Dictionary<(int Row, int Column), CellData> cells)
{
    public string Name { get; } = name;

    /// <summary>The highest row that holds a cell.</summary>
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    /// <summary>The highest column that holds a cell (0-based).</summary>
    public int LastColumn { get; } = cells.Count == 0 ? -1 : cells.Keys.Max(k => k.Column);

    /// <summary>The cell at <paramref name="row"/> and <paramref name="column"/>, or null when empty.</summary>
    public CellData? this[int row, int column] => cells.GetValueOrDefault((row, column));

    /// <summary>The reference of a cell for messages, even an empty one: 'ツリー'!E5.</summary>
    public string Reference(int row, int column) => $"{Name}!{WorkbookLayout.Letter(column)}{row}";
}
