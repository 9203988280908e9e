using Ippon.Numbers;

namespace Ippon.Export.Excel;

/// <summary>A column of one of the workbook's tables: its key, its header in both languages, its width in characters.</summary>
public sealed record Column(string Key, string Ja, string En, double Width)
{
    public string Header(Language language) => language.T(Ja, En);

    /// <summary>True when <paramref name="header"/> is this column's header in either language.</summary>
    public bool Matches(string? header) =>
        header is not null && (string.Equals(header.Trim(), Ja, StringComparison.OrdinalIgnoreCase) || string.Equals(header.Trim(), En, StringComparison.OrdinalIgnoreCase));
}
