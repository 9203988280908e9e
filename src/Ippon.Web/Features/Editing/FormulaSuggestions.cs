using Ippon.Formulas.Functions;

namespace Ippon.Web.Features.Editing;

/// <summary>Completes the identifier being typed at the end of a formula with metric ids and function names.</summary>
public static class FormulaSuggestions
{
    /// <summary>At most this many suggestions are shown.</summary>
    public const int Max = 8;

    /// <summary>The ids (then functions) that start with, then contain, the word at the end of <paramref name="text"/>; none when the text ends in a complete id.</summary>
    public static List<string> For(string text, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var word = LastWord(text ?? "");
        if (word.Length == 0) return [];
        if (ids.Contains(word)) return [];
        var names = ids.Concat(FunctionTable.All.Select(f => f.Name)).ToList();
        return [.. names.Where(n => n.StartsWith(word, StringComparison.Ordinal))
            .Concat(names.Where(n => !n.StartsWith(word, StringComparison.Ordinal) && n.Contains(word, StringComparison.Ordinal)))
            .Distinct().Take(Max)];
    }

    /// <summary><paramref name="text"/> with its last word replaced by <paramref name="id"/>.</summary>
    public static string Complete(string text, string id)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = LastWord(text);
        return text[..^word.Length] + id;
    }

    static string LastWord(string text)
    {
        var i = text.Length;
        while (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '_')) i--;
        var word = text[i..];
        return word.Length > 0 && char.IsAsciiLetterLower(word[0]) ? word : "";
    }
}
