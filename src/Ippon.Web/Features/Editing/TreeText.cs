namespace Ippon.Web.Features.Editing;

/// <summary>
/// How wide a line of the tree's text is, estimated before the browser draws it (SVG text does not wrap, so the
/// layout sizes each box from its text). Widths are in em and err on the wide side for the fonts the page asks for
/// (IPAexGothic, Noto Sans JP, Hiragino, Meiryo): a box a little too wide is fine, text out of its box is not.
/// The browser checks the result (app.js squeezes a line that still does not fit; the browser tests assert none needs it).
/// </summary>
public static class TreeText
{
    public static double Width(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        double em = 0;
        foreach (var c in text) em += Em(c);
        return em * fontSize * (bold ? 1.06 : 1.0);
    }

    static double Em(char c) => c switch
    {
        >= '\uFF61' and <= '\uFF9F' => 0.55, // half-width katakana
        >= '\u2E80' => 1.0,                 // kana, kanji, full-width forms
        ' ' => 0.33,
        ',' or '.' or ':' or ';' or '\'' or '|' or '!' or 'i' or 'l' or 'j' => 0.34,
        '·' or '(' or ')' or '[' or ']' => 0.45,
        '%' or 'm' or 'w' or 'M' or 'W' or '@' => 0.95,
        >= 'A' and <= 'Z' => 0.72,
        '→' or '≒' or '×' or '÷' => 1.0,
        _ => 0.62,
    };

    /// <summary>
    /// <paramref name="text"/> in lines of at most <paramref name="width"/>, at most <paramref name="maxLines"/> of
    /// them (the last one cut with … when the text is longer still). Breaks at spaces where it can, else anywhere
    /// (Japanese has no spaces).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double fontSize, bool bold, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var rest = text;
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            if (Width(rest, fontSize, bold) <= width)
            {
                lines.Add(rest);
                return lines;
            }
            var fit = 1;
            while (fit < rest.Length && Width(rest[..(fit + 1)], fontSize, bold) <= width) fit++;
            if (lines.Count == maxLines - 1)
            {
                var cut = fit;
                while (cut > 1 && Width(rest[..cut] + "…", fontSize, bold) > width) cut--;
                lines.Add(rest[..cut] + "…");
                return lines;
            }
            var space = rest.LastIndexOf(' ', Math.Min(fit, rest.Length - 1));
            var end = space > 0 ? space : fit;
            lines.Add(rest[..end].TrimEnd());
            rest = rest[end..].TrimStart();
        }
        return lines;
    }
}
