using System.Globalization;
using System.Text;

namespace Ippon.Numbers;

/// <summary>Reads the numbers users write in plans: <c>4,000万円</c>, <c>1億2000万</c>, <c>20%</c>, <c>1_000</c>.</summary>
/// <remarks>
/// Full-width characters (１億, ２０％) are folded to ASCII first (NFKC), because Japanese input methods produce
/// them. Separators are <c>,</c> and <c>_</c>; the suffix <c>%</c> divides by 100; <c>千 万 億 兆</c> multiply
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

    /// <summary>Parses <paramref name="text"/>; returns false (and no exception) when it is not a number.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Normalize(NormalizationForm.FormKC).Trim();
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
                    return false;
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
            return false;
        }
        return sawDigits;
    }
}
