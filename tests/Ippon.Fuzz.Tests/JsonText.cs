using System.Text;

namespace Ippon.Fuzz.Tests;

/// <summary>JSON string literals written by hand, for the bodies the API suites send.</summary>
/// <remarks>
/// Not <c>JsonSerializer</c>: to escape a string it rents a buffer of six times its length from the shared
/// <c>ArrayPool</c> and returns it there, where the test thread keeps it. A mutated plan text of 45 million characters
/// (lines repeated many times over) left a 2^28-character buffer (512 MB) and its neighbours (1.0–1.4 GB in all) in the
/// pool: the memory rule then failed every later input for the client's own cache, not for anything the web app keeps
/// (see docs/security.md). A StringBuilder's chunks are garbage after the input.
/// </remarks>
public static class JsonText
{
    /// <summary><paramref name="text"/> as a JSON string: quotes, backslashes, control characters and unpaired surrogates escaped; everything else as it is.</summary>
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired) json.Append(c).Append(text[++i]);
            else if (c is '"' or '\\') json.Append('\\').Append(c);
            else if (c == '\n') json.Append("\\n");
            else if (c < ' ' || char.IsSurrogate(c)) json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else json.Append(c);
        }
        return json.Append('"').ToString();
    }
}
