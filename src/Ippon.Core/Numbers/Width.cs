namespace Ippon.Numbers;

/// <summary>Folds the full-width characters a Japanese input method types (１２３, Ｑ１, ％, ，, the ideographic space) to ASCII.</summary>
/// <remarks>
/// A fixed table, not <see cref="string.Normalize()"/>: the published <c>ippon</c> runs with InvariantGlobalization,
/// where Unicode normalization has no culture data to use, so NFKC left <c>２０％</c> as it was and the number was
/// refused. The table is the Halfwidth and Fullwidth Forms block's ASCII half (U+FF01–U+FF5E, one fixed offset),
/// U+3000 (ideographic space) and the full-width yen, cent and pound signs — everything else is kept as typed.
/// </remarks>
public static class Width
{
    /// <summary>The ASCII (or half-width) form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\uFFE5' => '¥',
        '\uFFE0' => '¢',
        '\uFFE1' => '£',
        _ => c,
    };

    /// <summary><paramref name="text"/> with every character folded by <see cref="Fold(char)"/>; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        var i = 0;
        while (i < text.Length && Fold(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var k = 0; k < t.Length; k++) span[k] = Fold(t[k]);
        });
    }
}
