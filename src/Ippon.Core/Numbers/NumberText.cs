using System.Globalization;

namespace Ippon.Numbers;

/// <summary>Reads the numbers users write in plans: <c>4,000万円</c>, <c>1億2000万</c>, <c>20%</c>, <c>1_000</c>.</summary>
/// <remarks>
/// Full-width characters (１億, ２０％) are folded to ASCII first (<see cref="Width"/>, without culture data), because
/// Japanese input methods produce them. Numbers beyond ±<see cref="MaxMagnitude"/> are refused (<see cref="TryParse(string?, out decimal, out bool)"/>
/// says which), so that sums and products of plan numbers stay far inside decimal's exact range. Separators are <c>,</c> and <c>_</c>; the suffix <c>%</c> divides by 100; <c>千 万 億 兆</c> multiply
/// and can be combined in descending order; a trailing unit word such as 円 or 件 is ignored.
/// </remarks>
public static class NumberText
{
    /// <summary>The unit words that may follow a number and carry no value of their own.</summary>
    public static readonly IReadOnlyList<string> UnitWords =
        ["円", "件", "人", "本", "回", "社", "個", "名", "通", "日", "時間", "JPY", "yen"];

    static readonly (char Kanji, decimal Factor)[] s_bigUnits = [('兆', 1_000_000_000_000m), ('億', 100_000_000m), ('万', 10_000m)];

    /// <summary>What a number should look like, for error messages.</summary>
    public const string Expected = "a number such as 120, 4,000万円, 1億2000万 or 20%";

    /// <summary>The largest magnitude a number written in a plan, a CSV or an option may have: 10^18 (100京).</summary>
    /// <remarks>
    /// A million times Japan's GDP in yen, and far below decimal's limit (7.9 × 10^28): a sum or a product with a
    /// rate of two such numbers stays exact. Results that still leave decimal's range are <c>out-of-range</c> findings.
    /// </remarks>
    public const decimal MaxMagnitude = 1_000_000_000_000_000_000m;

    /// <summary>The range in words, for messages.</summary>
    public static readonly Message RangeText = new("±1,000,000,000,000,000,000 (100京)", "±1,000,000,000,000,000,000 (10^18)");

    /// <summary>Why <paramref name="text"/> was refused when it reads as a number beyond <see cref="MaxMagnitude"/>.</summary>
    public static Message OutOfRange(string text) => new(
        $"'{Clip(text)}' は扱える範囲 ({RangeText.In(Language.Ja)}) を超えています",
        $"'{Clip(text)}' is outside the supported range ({RangeText.In(Language.En)})");

    /// <summary>Why <paramref name="text"/> is not a plan number: beyond the range, or not a number at all (the text clipped).</summary>
    public static Message Refusal(string? text) =>
        !TryParse(text, out _, out var outOfRange) && outOfRange
            ? OutOfRange(text!)
            : new Message($"'{Clip(text)}' は数値として読めません (例: 120, 4,000万円, 1億2000万, 20%)", $"'{Clip(text)}' is not a number; expected {Expected}");

    /// <summary><paramref name="text"/> cut to 40 characters with an ellipsis: input echoed in a message stays one readable line.</summary>
    public static string Clip(string? text, int max = 40) =>
        text is null ? "" : text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    /// <summary>Parses <paramref name="text"/>; returns false (and no exception) when it is not a number or is beyond ±<see cref="MaxMagnitude"/>.</summary>
    public static bool TryParse(string? text, out decimal value) => TryParse(text, out value, out _);

    /// <summary>Parses <paramref name="text"/>; <paramref name="outOfRange"/> tells a number beyond ±<see cref="MaxMagnitude"/> (refused) from text that is not a number.</summary>
    public static bool TryParse(string? text, out decimal value, out bool outOfRange)
    {
        outOfRange = false;
        if (!TryParseAny(text, out value)) return false;
        if (Math.Abs(value) <= MaxMagnitude) return true;
        outOfRange = true;
        value = 0;
        return false;
    }

    static bool TryParseAny(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = Width.Fold(text).Trim();
        s = s.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
             .Replace(" ", "", StringComparison.Ordinal);
        foreach (var word in UnitWords)
        {
            if (s.Length > word.Length && s.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^word.Length];
                break;
            }
        }

        var percent = false;
        if (s.EndsWith('%'))
        {
            percent = true;
            s = s[..^1];
        }
        if (s.Length == 0) return false;

        var negative = false;
        if (s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (!TryParseKanjiGroups(s, out var magnitude)) return false;
        value = negative ? -magnitude : magnitude;
        if (percent) value /= 100m;
        return true;
    }

    /// <summary>Parses <paramref name="text"/> or returns null.</summary>
    public static decimal? ParseOrNull(string? text) => TryParse(text, out var v) ? v : null;

    // "1億2000万5千" = 1×10^8 + 2000×10^4 + 5×10^3. Big units must come in descending order.
    static bool TryParseKanjiGroups(string s, out decimal value)
    {
        value = 0;
        decimal small = 0;
        var lastBig = decimal.MaxValue;
        var i = 0;
        var sawDigits = false;
        try
        {
            while (i < s.Length)
            {
                var start = i;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.' || s[i] is 'e' or 'E'
                                        || (s[i] is '+' or '-' && i > start && s[i - 1] is 'e' or 'E')))
                {
                    i++;
                }
                if (i == start) return false;
                if (!decimal.TryParse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                {
                    // 1e30 is a number, too large for decimal: out of range, not "not a number".
                    if (double.TryParse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                        throw new OverflowException();
                    return false;
                }
                sawDigits = true;
                if (i < s.Length && s[i] == '千')
                {
                    n *= 1000m;
                    i++;
                }
                small += n;
                if (i == s.Length) break;
                var big = Array.FindIndex(s_bigUnits, u => u.Kanji == s[i]);
                if (big < 0) return false;
                var factor = s_bigUnits[big].Factor;
                if (factor >= lastBig) return false;
                lastBig = factor;
                value += small * factor;
                small = 0;
                i++;
            }
            value += small;
        }
        catch (OverflowException)
        {
            // Beyond decimal itself (1e30): out of range as well, reported by the caller like 1e27.
            value = decimal.MaxValue;
            return true;
        }
        return sawDigits;
    }
}
