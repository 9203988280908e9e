using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Excel;

/// <summary>The number formats of the workbook's cells, by unit and language.</summary>
/// <remarks>
/// Yen in Japanese are shown in 万円 with one decimal: <c>#,##0.0,"万円"</c> would divide by 1,000 only, so the
/// format divides by 1,000 with the thousands comma and moves the decimal point one digit left with a literal
/// point (<c>0\.0</c>): 40,000,000 shows as 4000.0万円, 2,000,000 as 200.0万円. Excel and LibreOffice both read it
/// (the tests check LibreOffice's rendering). The cell's value stays the exact yen amount.
/// </remarks>
public static class NumberFormats
{
    /// <summary>The format of a value of <paramref name="unit"/>.</summary>
    public static string For(Unit unit, Language language) => unit.Kind switch
    {
        UnitKind.Currency when unit.Text == "JPY" => language == Language.Ja ? Man : "#,##0\" JPY\"",
        UnitKind.Currency => $"#,##0.00\" {Quote(unit.Text)}\"",
        UnitKind.Ratio => "0.0%",
        UnitKind.Count => language.T("#,##0\"件\"", "#,##0"),
        UnitKind.Word => language.T($"#,##0\"{Quote(unit.Text)}\"", $"#,##0\" {Quote(unit.Text)}\""),
        _ => "#,##0.####",
    };

    /// <summary>The format of a difference in <paramref name="unit"/>: an explicit + for gains.</summary>
    public static string Gap(Unit unit, Language language)
    {
        var f = For(unit, language);
        return unit.Kind == UnitKind.Ratio ? "+0.0%;-0.0%;0.0%" : $"+{f};-{f};±0";
    }

    /// <summary>Yen in 万円 with one decimal.</summary>
    public const string Man = "0\\.0,\"万円\"";

    /// <summary>Percentages, for attainment, load and coverage.</summary>
    public const string Percent = "0.0%";

    /// <summary>Dates as the plan file writes them.</summary>
    public const string Date = "yyyy-mm-dd";

    /// <summary>Plain numbers with grouping.</summary>
    public const string Plain = "#,##0.####";

    static string Quote(string text) => text.Replace("\"", "", StringComparison.Ordinal);
}
