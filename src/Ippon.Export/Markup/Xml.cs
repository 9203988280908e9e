using System.Text;

namespace Ippon.Export.Markup;

/// <summary>Escapes text for HTML and SVG (XML): every user string passes through here before it reaches a document.</summary>
public static class Xml
{
    /// <summary>The text with <c>&amp; &lt; &gt; " '</c> escaped and the characters XML cannot carry (most control characters) removed.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // XML 1.0 allows tab, line feed and carriage return among the control characters, and no others.
                case < ' ' when c is not ('\t' or '\n' or '\r'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
