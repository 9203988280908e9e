using System.Globalization;
using System.Text;

namespace Ippon.Formulas.Syntax;

/// <summary>The words of a formula: what a bare id or name is made of (the id rule built on it: <see cref="Plans.Ids"/>).</summary>
/// <remarks>
/// A word starts with a letter of any script or <c>_</c> and goes on with letters, digits, combining marks or
/// <c>_</c>: <c>new_revenue</c>, <c>商談数</c>, <c>リード数_2</c>. Every id of a v1 plan (<c>[a-z][a-z0-9_]*</c>) is
/// one. Anything else a formula wants to name (a name with a space, a dot or an operator, a name starting with a
/// digit) is written in brackets: <c>「新規 受注数」</c> or <c>[New orders]</c>; <see cref="Quote"/> writes that form.
/// Full-width Latin letters and digits (typed with a Japanese input method) read as their ASCII forms in formulas.
/// </remarks>
public static class Identifier
{
    /// <summary>The brackets a formula names a metric in when its name is not a bare word: 「…」, and [...] on any keyboard.</summary>
    public static readonly (char Open, char Close)[] Brackets = [('「', '」'), ('[', ']')];

    /// <summary>True when an id can start at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static bool IsStart(string text, int index)
    {
        if (!Rune.TryGetRuneAt(text, index, out var r)) return false;
        r = Fold(r);
        return r.Value == '_' || Rune.IsLetter(r);
    }

    /// <summary>The end (exclusive) of the word starting at <paramref name="start"/>: letters, digits, marks and <c>_</c>.</summary>
    public static int Word(string text, int start)
    {
        var i = start;
        while (i < text.Length && Rune.TryGetRuneAt(text, i, out var r) && IsPart(Fold(r))) i += r.Utf16SequenceLength;
        return i;
    }

    /// <summary>The text a formula names <paramref name="nameOrId"/> by: itself when it is a bare word, else in 「」.</summary>
    public static string Quote(string nameOrId) =>
        IsStart(nameOrId, 0) && Word(nameOrId, 0) == nameOrId.Length ? nameOrId : $"「{nameOrId}」";

    /// <summary>The word in ASCII where it was typed in full width (ｎｅｗ＿ｒｅｖｅｎｕｅ → new_revenue).</summary>
    public static string FoldWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        return sb.ToString();
    }

    static bool IsPart(Rune r) =>
        r.Value == '_' || Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    static Rune Fold(Rune r) => r.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(r.Value - 0xFEE0) : r;
}
