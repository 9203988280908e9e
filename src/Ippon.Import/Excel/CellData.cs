namespace Ippon.Import.Excel;

/// <summary>What a workbook cell holds: text or a number (its cached value for a formula), and the formula if it has one.</summary>
/// <param name="Reference">Where it is, for messages: ツリー!E5.</param>
public sealed record CellData(string Reference, string? Text, decimal? Number, string? Formula)
{
    /// <summary>True when the cell shows nothing.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Number is null && Formula is null;

    /// <summary>The cell as text: its text, or its number in invariant digits.</summary>
    public string? AsText => Text ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
