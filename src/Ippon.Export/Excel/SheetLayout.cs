using System.Collections.Immutable;
using Ippon.Numbers;

namespace Ippon.Export.Excel;

/// <summary>One sheet of the Ippon workbook: its name in both languages and its table's columns.</summary>
public sealed record SheetLayout(string Ja, string En, ImmutableArray<Column> Columns)
{
    public string Name(Language language) => language.T(Ja, En);

    /// <summary>True when <paramref name="name"/> is this sheet's name in either language.</summary>
    public bool Matches(string? name) =>
        name is not null && (string.Equals(name.Trim(), Ja, StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), En, StringComparison.OrdinalIgnoreCase));

    /// <summary>The 0-based position of the column with <paramref name="key"/>.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Length; i++)
            if (Columns[i].Key == key) return i;
        throw new ArgumentException($"no column {key} on sheet {En}", nameof(key));
    }

    /// <summary>The column letter of the column with <paramref name="key"/>: A, B, …</summary>
    public string Letter(string key) => WorkbookLayout.Letter(IndexOf(key));
}
