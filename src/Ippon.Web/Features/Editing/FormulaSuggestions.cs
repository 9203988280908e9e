using System.Text;
using Ippon.Formulas.Functions;
using Ippon.Formulas.Syntax;
using Ippon.Plans;

namespace Ippon.Web.Features.Editing;

/// <summary>Completes the word being typed at the end of a formula with metric names (or ids) and function names.</summary>
/// <remarks>
/// A metric is found by its name, its reading in kana (<c>reading:</c>) or its id, ignoring the difference between
/// hiragana and katakana, full-width and ASCII Latin, and case: typing しょうだん or ショウ finds 商談数 (reading
/// しょうだんすう). What is written into the formula is the word the formula names the metric by: its name when the
/// name names it (in 「」 when it is not a bare word), else its id.
/// </remarks>
public static class FormulaSuggestions
{
    /// <summary>At most this many suggestions are shown.</summary>
    public const int Max = 8;

    /// <summary>One thing a formula can name: <see cref="Word"/> is written, <see cref="Keys"/> are what typing matches.</summary>
    public sealed record Candidate(string Word, IReadOnlyList<string> Keys);

    /// <summary>The metrics of <paramref name="plan"/> but <paramref name="except"/> (the metric being edited), then the functions.</summary>
    public static List<Candidate> Candidates(Plan plan, string? except = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var words = MetricNames.Words(plan.Metrics);
        var list = new List<Candidate>();
        foreach (var m in plan.Metrics.Where(m => m.Id != except))
        {
            var name = m.Name?.Trim();
            var word = name is { Length: > 0 } && words.TryGetValue(Identifier.FoldWidth(name), out var id) && id == m.Id ? Identifier.Quote(name) : m.Id;
            list.Add(new Candidate(word, [.. new[] { name, m.Reading, m.Id }.OfType<string>()]));
        }
        list.AddRange(FunctionTable.All.Select(f => new Candidate(f.Name, [f.Name])));
        return list;
    }

    /// <summary>The words of the candidates whose name, reading or id starts with, then contains, the word at the end of <paramref name="text"/>; none when that word is complete.</summary>
    public static List<string> For(string text, IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var (_, typed) = LastWord(text ?? "");
        if (typed.Length == 0) return [];
        var key = Fold(typed);
        if (candidates.Any(c => c.Word == typed || c.Keys.Contains(typed))) return [];
        var starts = candidates.Where(c => c.Keys.Any(k => Fold(k).StartsWith(key, StringComparison.Ordinal)));
        var contains = candidates.Where(c => c.Keys.Any(k => Fold(k).Contains(key, StringComparison.Ordinal)));
        return [.. starts.Concat(contains).Select(c => c.Word).Distinct().Take(Max)];
    }

    /// <summary>The ids (then functions) matching the word at the end of <paramref name="text"/>.</summary>
    public static List<string> For(string text, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return For(text, [.. ids.Select(id => new Candidate(id, [id])), .. FunctionTable.All.Select(f => new Candidate(f.Name, [f.Name]))]);
    }

    /// <summary><paramref name="text"/> with its last word (or unclosed 「…) replaced by <paramref name="word"/>.</summary>
    public static string Complete(string text, string word)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (start, _) = LastWord(text);
        return text[..start] + word;
    }

    // The word being typed: letters and digits back from the end, or everything after an unclosed bracket.
    static (int Start, string Word) LastWord(string text)
    {
        foreach (var (open, close) in Identifier.Brackets)
        {
            var o = text.LastIndexOf(open);
            if (o >= 0 && text.IndexOf(close, o) < 0) return (o, text[(o + 1)..].Trim());
        }
        var i = text.Length;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '＿' || char.IsLowSurrogate(text[i - 1]) || char.IsHighSurrogate(text[i - 1]))) i--;
        while (i < text.Length && !Identifier.IsStart(text, i)) i++; // a word never starts with a digit: 200万 is a number
        return (i, text[i..]);
    }

    // Hiragana and katakana, full-width and ASCII Latin, upper and lower case compare equal.
    static string Fold(string s)
    {
        var normal = Identifier.FoldWidth(s).ToLowerInvariant();
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal) sb.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c);
        return sb.ToString();
    }
}
