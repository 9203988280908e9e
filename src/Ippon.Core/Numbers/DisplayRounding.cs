using System.Globalization;
using Ippon.Plans;

namespace Ippon.Numbers;

/// <summary>
/// Display rounding for the web page: 83.97% → 84%, 9,603万6,000円 → 9,604万円, 20.02件 → 20件, 0.05 stays 0.05.
/// It only decides what a person reads; the exact numbers (the plan file, exports, the CLI, JSON, the tooltip) never
/// pass through it.
/// </summary>
/// <remarks>
/// The rule is one for every unit: round to the setting's step (万円 or 千円, whole percents or one decimal, whole
/// counts), but never to fewer significant digits than a person needs to tell the number from its neighbours — three
/// for money (12,345円 → 1万2,300円, not 1万円), two for percentages, counts and paces (1.5%, 0.35%, 0.05 a day, not 2%,
/// 0% and 0). The shown number is then always within half its step of the exact one (the property tests check it).
/// </remarks>
/// <param name="Money">Money to 万円 or to 千円.</param>
/// <param name="PercentDecimals">Percentages whole (0) or with one decimal (1).</param>
public sealed record DisplayRounding(MoneyStep Money = MoneyStep.Man, int PercentDecimals = 0)
{
    static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>万円 and whole percentages.</summary>
    public static DisplayRounding Default { get; } = new();

    /// <summary>The setting as stored in the page's cookie: "man-0", "sen-1".</summary>
    public string Code => $"{(Money == MoneyStep.Sen ? "sen" : "man")}-{(PercentDecimals > 0 ? 1 : 0)}";

    /// <summary>Reads <see cref="Code"/>; anything else is the default (a cookie is user input).</summary>
    public static DisplayRounding Parse(string? code) => code switch
    {
        "man-1" => new(MoneyStep.Man, 1),
        "sen-0" => new(MoneyStep.Sen, 0),
        "sen-1" => new(MoneyStep.Sen, 1),
        _ => Default,
    };

    /// <summary>
    /// The step <paramref name="value"/> is rounded to, in the unit's own terms (yen; a ratio's step is a ratio: 0.01 for
    /// a whole percent). Null when the value is beyond what can be rounded (shown as the exact formatter shows it).
    /// </summary>
    public decimal? Step(decimal value, Unit unit)
    {
        var magnitude = Math.Abs(value);
        switch (unit.Kind)
        {
            case UnitKind.Currency:
                {
                    var jpy = unit.Text == "JPY";
                    var setting = jpy ? (Money == MoneyStep.Sen ? 1_000m : 10_000m) : 1m;
                    return Math.Max(Math.Min(setting, Significant(magnitude, 3)), jpy ? 1m : 0.01m);
                }
            case UnitKind.Ratio:
                {
                    if (magnitude > 1e24m) return null;
                    var setting = PercentDecimals > 0 ? 0.001m : 0.01m;
                    // Two significant digits of the percentage: 1.5% (0.015) keeps 0.1% (0.001), 0.35% keeps 0.01%.
                    return Math.Max(Math.Min(setting, Significant(magnitude * 100m, 2) / 100m), 0.0000000001m);
                }
            default:
                return Math.Max(Math.Min(1m, Significant(magnitude, 2)), 0.0000000001m);
        }
    }

    /// <summary>The number a person reads: <paramref name="value"/> rounded half away from zero to its <see cref="Step"/>.</summary>
    public decimal Round(decimal value, Unit unit) =>
        Step(value, unit) is { } step ? RoundTo(value, step) : value;

    /// <summary><paramref name="value"/> rounded for display and written as <see cref="Formatter"/> writes it (1億円, 84%, 20件); null as a dash.</summary>
    public string Format(decimal? value, Unit unit, Language language)
    {
        if (value is not { } v) return "—";
        if (Step(v, unit) is not { } step) return Formatter.Format(v, unit, language);
        var shown = RoundTo(v, step);
        var ja = language == Language.Ja;
        switch (unit.Kind)
        {
            case UnitKind.Currency when unit.Text == "JPY" && ja:
                // 千円 style for amounts of a million yen and more: 96,036千円; smaller ones in 万 grouping (1万2,300円).
                return Money == MoneyStep.Sen && step >= 1_000m && Math.Abs(shown) >= 1_000_000m
                    ? (shown / 1_000m).ToString("#,0", s_invariant) + "千円"
                    : Formatter.Yen(shown);
            case UnitKind.Currency:
                return Number(shown, step) + " " + unit.Text;
            case UnitKind.Ratio:
                return Number(shown * 100m, step * 100m) + "%";
            default:
                return Formatter.WithUnit(Number(shown, step), unit, language);
        }
    }

    /// <summary>A number in a <see cref="Message"/>: exact when <paramref name="rounding"/> is null (the CLI, its JSON, the documents), else rounded for display.</summary>
    public static string InMessage(DisplayRounding? rounding, decimal? value, Unit unit, Language language) =>
        rounding is null ? Formatter.Format(value, unit, language) : rounding.Format(value, unit, language);

    /// <summary>A ratio in a <see cref="Message"/> as a percentage: exact (83.33%) when <paramref name="rounding"/> is null, else rounded (83%).</summary>
    public static string PercentInMessage(DisplayRounding? rounding, decimal ratio) =>
        rounding is null ? Formatter.Percent(ratio) : rounding.Percent(ratio);

    /// <summary>A number rounded for display with 約 / "about" before it when the rounding changed it: 約21件, 15件.</summary>
    public string About(decimal value, Unit unit, Language language)
    {
        var shown = Format(value, unit, language);
        return Round(value, unit) == value ? shown : (language.T("約", "about ")) + shown;
    }

    /// <summary>A number without unit rounded for display (a pace per person and day: 0.05, 4.5, 12).</summary>
    public string Plain(decimal value) => Format(value, Unit.Number, Language.En);

    /// <summary>A ratio as a rounded percentage (a load: 69%, 0.35%).</summary>
    public string Percent(decimal ratio) => Format(ratio, Unit.Ratio, Language.En);

    static decimal RoundTo(decimal value, decimal step) =>
        Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;

    // 10^(e - digits + 1) where 10^e ≤ magnitude < 10^(e+1): the place of the last of `digits` significant digits.
    static decimal Significant(decimal magnitude, int digits)
    {
        if (magnitude == 0) return decimal.MaxValue;
        var power = 1m;
        var e = 0;
        while (magnitude >= power * 10m && e < 27)
        {
            power *= 10m;
            e++;
        }
        while (magnitude < power && e > -27)
        {
            power /= 10m;
            e--;
        }
        for (var i = 1; i < digits; i++) power /= 10m;
        return power;
    }

    // The rounded number with at most the decimals its step has, trailing zeros dropped (0.05, not 0.050; 84, not 84.0).
    static string Number(decimal shown, decimal step)
    {
        var decimals = 0;
        for (var s = step; s < 1m && decimals < 10; s *= 10m) decimals++;
        return Math.Round(shown, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', Math.Max(decimals, 1)), s_invariant);
    }
}
