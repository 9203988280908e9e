using System.Text;
using CsCheck;

namespace Ippon.Fuzz.Tests;

/// <summary>One edit of a text: where (a fraction of its length), what kind, how long, and which hostile token.</summary>
public readonly record struct Mutation(int Kind, double At, int Length, int Token)
{
    /// <summary>Text that broke parsers and engines before (issue 10) or sits on a boundary.</summary>
    public static readonly string[] Tokens =
    [
        "&a ", "*a", "? &r [*r]\n: 1\n", "<<: *a\n", "[", "{", "]", "}", "- ", ": ", "'", "\"", "#", "\n  ", "\t", "~", "null",
        new('[', 300), string.Concat(Enumerable.Repeat("- ", 400)) + "x", new('a', 1_100),
        "1e27", "-1e27", "7.9e28", "5e28", "1e-28", "0.0000000000000000000000000001", "99999999999999999999999999999", "3000000000",
        "-100", "0", "100%", "1e-10", "２０％", "１億円", "Ｑ１", "１８０", "４,０００万円", "\u2028", "\u0085", "\uFEFF", "\u0000", "\r\n",
        "NaN", "∞", "role: kpi", "role: kgi", "formula: a * a", "formula: x / 0", "formula: (((((", "formula: revenue", "!!binary AAAA",
        "%YAML 1.2\n---\n", "---\n", "...\n", "2026-04", "2026/4", "M1", "Q5", "FY2099", ",", ",,,,", "\"\"\"", "leads", "win_rate",
    ];

    public static Gen<Mutation> Gen { get; } = CsCheck.Gen.Select(CsCheck.Gen.Int[0, 7], CsCheck.Gen.Double[0, 1], CsCheck.Gen.Int[1, 200], CsCheck.Gen.Int[0, Tokens.Length - 1])
        .Select((k, at, length, token) => new Mutation(k, at, length, token));

    /// <summary>A seed text and up to six edits of it.</summary>
    public static Gen<(int Seed, Mutation[] Edits)> Of(int seeds) =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, seeds - 1], Gen.Array[0, 6]);

    /// <summary><paramref name="text"/> with the edit applied.</summary>
    public string Apply(string text)
    {
        var at = (int)(At * text.Length);
        var length = Math.Min(Length, text.Length - at);
        var token = Tokens[Token];
        switch (Kind)
        {
            case 0: return text.Remove(at, length);                                  // delete a span
            case 1: return text.Insert(at, text.Substring(at, length));              // duplicate a span
            case 2: return text.Insert(at, token);                                   // insert a hostile token
            case 3: return text.Remove(at, length).Insert(at, token);                // replace a span by one
            case 4: return text[..at];                                               // truncate
            case 5: return ReplaceNumber(text, at, token);                           // a number becomes something else
            case 6: return DuplicateLine(text, at, Length);                          // a line many times
            default: return text.Insert(at, string.Concat(Enumerable.Repeat(token, Math.Max(1, Length / 4)))); // a token repeated
        }
    }

    static string ReplaceNumber(string text, int at, string token)
    {
        for (var i = at; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var end = i;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or ',')) end++;
            return text[..i] + token + text[end..];
        }
        return text + token;
    }

    static string DuplicateLine(string text, int at, int times)
    {
        if (text.Length == 0) return text;
        var start = text.LastIndexOf('\n', Math.Clamp(at - 1, 0, text.Length - 1)) + 1;
        var end = start >= text.Length ? -1 : text.IndexOf('\n', start);
        if (end < 0) end = text.Length;
        var line = text[start..end] + "\n";
        var sb = new StringBuilder(text.Length + line.Length * times);
        sb.Append(text, 0, start);
        for (var i = 0; i < times; i++) sb.Append(line);
        sb.Append(text, start, text.Length - start);
        return sb.ToString();
    }
}
