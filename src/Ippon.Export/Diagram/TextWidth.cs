using System.Globalization;
using System.Text;

namespace Ippon.Export.Diagram;

/// <summary>Estimates how wide text is drawn, to shorten names that would not fit a box (no font metrics at hand).</summary>
/// <remarks>Full-width characters (漢字, かな) take one em; ASCII letters and digits about 0.6 em. Over-estimating is safe: the text is only shortened.</remarks>
public static class TextWidth
{
    /// <summary>The estimated width of <paramref name="text"/> in em.</summary>
    public static double Em(string text)
    {
        double w = 0;
        foreach (var rune in text.EnumerateRunes()) w += Em(rune);
        return w;
    }

    static double Em(Rune r)
    {
        if (r.Value < 0x80) return r.Value is ' ' or '.' or ',' or ':' or 'i' or 'l' or '|' ? 0.32 : char.IsUpper((char)r.Value) ? 0.68 : 0.58;
        if (r.Value is >= 0xFF61 and <= 0xFF9F) return 0.55; // half-width katakana
        return 1.0;
    }

    /// <summary><paramref name="text"/> itself when it fits <paramref name="width"/> pixels at <paramref name="fontSize"/>, else shortened with an ellipsis.</summary>
    public static string Fit(string text, double width, double fontSize)
    {
        var limit = width / fontSize;
        if (Em(text) <= limit) return text;
        var sb = new StringBuilder();
        var used = Em("…");
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var w = Em(element);
            if (used + w > limit) break;
            sb.Append(element);
            used += w;
        }
        return sb.Append('…').ToString();
    }
}
