using System.Globalization;
using System.Text;
using Ippon.Plans;

namespace Ippon.Numbers;

/// <summary>Writes numbers the way planners read them: 1億円, 4,000万円, 20件, 20% in Japanese; 100,000,000 JPY in English.</summary>
public static class Formatter
{
    static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Formats <paramref name="value"/> in <paramref name="unit"/>; null is shown as a dash.</summary>
    public static string Format(decimal? value, Unit unit, Language language)
    {
        if (value is not { } v) return "—";
        return unit.Kind switch
        {
            UnitKind.Currency => Money(v, unit.Text, language),
            UnitKind.Ratio => Percent(v),
            UnitKind.Count => language == Language.Ja ? Plain(v) + "件" : Plain(v),
            UnitKind.Word => language == Language.Ja ? Plain(v) + unit.Text : Plain(v) + EnglishWord(unit.Text),
            _ => Plain(v),
        };
    }

    // English output must not show Japanese counters ("6 回"): common ones are translated, other Japanese words are
    // dropped (the number is then read as a count, as 件 is), and words already in English are kept.
    static readonly Dictionary<string, string> s_englishWords = new(StringComparer.Ordinal)
    {
        ["人"] = "people", ["名"] = "people", ["社"] = "companies", ["回"] = "times", ["日"] = "days",
        ["時間"] = "hours", ["クリック"] = "clicks", ["件"] = "",
    };

    static string EnglishWord(string word)
    {
        if (s_englishWords.TryGetValue(word, out var english)) return english.Length == 0 ? "" : " " + english;
        return word.All(char.IsAscii) ? " " + word : "";
    }

    /// <summary>Money: 1億2,000万円 in Japanese yen, 120,000,000 JPY in English; other currencies as 1,200 USD.</summary>
    public static string Money(decimal value, string currency, Language language)
    {
        if (language == Language.Ja && currency == "JPY") return Yen(value);
        var digits = currency == "JPY" ? 0 : 2;
        var rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        var text = rounded == decimal.Truncate(rounded)
            ? rounded.ToString("#,0", s_invariant)
            : rounded.ToString("#,0.00", s_invariant);
        return text + " " + currency;
    }

    /// <summary>Yen in Japanese grouping: 1億円, 4,000万円, 1億2,000万円, 1,340万5,000円.</summary>
    public static string Yen(decimal value)
    {
        var rounded = Math.Round(value, 0, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0円";
        var sb = new StringBuilder();
        if (rounded < 0)
        {
            sb.Append('-');
            rounded = -rounded;
        }
        (decimal Factor, string Name)[] groups = [(1_000_000_000_000m, "兆"), (100_000_000m, "億"), (10_000m, "万")];
        foreach (var (factor, name) in groups)
        {
            var part = decimal.Truncate(rounded / factor);
            if (part > 0)
            {
                sb.Append(part.ToString("#,0", s_invariant)).Append(name);
                rounded -= part * factor;
            }
        }
        if (rounded > 0) sb.Append(rounded.ToString("#,0", s_invariant));
        sb.Append('円');
        return sb.ToString();
    }

    /// <summary>A ratio as a percentage with at most two decimals: 0.2 → 20%, 0.155 → 15.5%.</summary>
    public static string Percent(decimal ratio)
    {
        // ratio × 100 leaves decimal's range above 7.9e26: such a ratio (only ever in a message about it) is shown
        // in scientific notation rather than end the calculation.
        if (Math.Abs(ratio) > 1e24m) return ((double)ratio * 100).ToString("0.###E+0", s_invariant) + "%";
        var pct = Math.Round(ratio * 100m, 2, MidpointRounding.AwayFromZero);
        return pct.ToString("#,0.##", s_invariant) + "%";
    }

    /// <summary>A number with thousands separators and at most two decimals: 1,340 or 133.33.</summary>
    public static string Plain(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0.##", s_invariant);
    }

    /// <summary>Whether <see cref="Format"/> shows <paramref name="value"/> exactly, nothing lost to its rounding for display.</summary>
    public static bool ShowsExactly(decimal value, Unit unit, Language language)
    {
        var (shown, digits) = Displayed(value, unit, language);
        return shown is { } v && Math.Round(v, digits, MidpointRounding.AwayFromZero) == v;
    }

    /// <summary>
    /// <paramref name="value"/> as <see cref="Format"/> writes it when that is exact; otherwise with up to eight decimals
    /// and an ellipsis when there are more (a rate of 1/3 is 33.33333333…%, not 33.33%), so that an explanation shows
    /// what the engine used.
    /// </summary>
    public static string Precise(decimal value, Unit unit, Language language)
    {
        if (ShowsExactly(value, unit, language)) return Format(value, unit, language);
        var (shown, _) = Displayed(value, unit, language);
        if (shown is not { } v) return Format(value, unit, language);
        var cut = Math.Round(v, 8, MidpointRounding.ToZero);
        var text = cut.ToString("#,0.########", s_invariant) + (cut == v ? "" : "…");
        return WithUnit(text, unit, language);
    }

    /// <summary>A number already written (<paramref name="number"/>, a percentage for a ratio) followed by its unit: 20件, 84%, 1,200円, 3 people.</summary>
    public static string WithUnit(string number, Unit unit, Language language)
    {
        var ja = language == Language.Ja;
        return unit.Kind switch
        {
            UnitKind.Ratio => number + "%",
            UnitKind.Currency => ja && unit.Text == "JPY" ? number + "円" : number + " " + unit.Text,
            UnitKind.Count => ja ? number + "件" : number,
            UnitKind.Word => ja ? number + unit.Text : number + EnglishWord(unit.Text),
            _ => number,
        };
    }

    // The number Format shows (the percentage for a ratio) and the decimals it keeps; null beyond decimal's range.
    // Noise below 10^-12 (decimal division's last digits: 60.000…0001) is not a value the engine means, as everywhere
    // else (Arithmetic.CeilingWhole, MetricResult.Tolerance), so it does not make a number "inexact".
    static (decimal? Shown, int Digits) Displayed(decimal value, Unit unit, Language language)
    {
        _ = language;
        if (unit.Kind == UnitKind.Ratio) return (Math.Abs(value) > 1e24m ? null : Math.Round(value, 12) * 100m, 2);
        return (Math.Round(value, 12), unit.Kind == UnitKind.Currency && unit.Text == "JPY" ? 0 : 2);
    }

    /// <summary>" ≒ 5" after a pace of 4.4625: the whole number a person must manage; empty when the pace is whole or below one (0.05 is not "≒ 1").</summary>
    public static string WholePace(decimal pace, Language language) =>
        pace >= 1 && pace != decimal.Truncate(pace)
            ? $" {language.T("≒", "≈")} {Plain(decimal.Ceiling(decimal.Round(pace, 12)))}"
            : "";

    /// <summary>A pace per person with up to four decimals, so that published figures read exactly: 4.4625, 2.625.</summary>
    public static string Pace(decimal value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0.####", s_invariant);
    }

    /// <summary>Hours as people read them: 1,600時間 / 1,600 h.</summary>
    public static string Hours(decimal hours, Language l) =>
        l.T($"{Plain(hours)}時間", $"{Plain(hours)} h");

    /// <summary>"a day" / "1日" for a capacity's pace.</summary>
    public static string Per(CapacityPeriod per, Language l) => (per, l) switch
    {
        (CapacityPeriod.Week, Language.Ja) => "1週",
        (CapacityPeriod.Month, Language.Ja) => "1か月",
        (_, Language.Ja) => "1日",
        (CapacityPeriod.Week, _) => "a week",
        (CapacityPeriod.Month, _) => "a month",
        _ => "a day",
    };
}
