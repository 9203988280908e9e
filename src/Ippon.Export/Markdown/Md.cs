using System.Text;

namespace Ippon.Export.Markdown;

/// <summary>Escapes user text for Markdown tables and Mermaid labels, so names show as written and never as markup.</summary>
public static class Md
{
    /// <summary>Text safe inside a Markdown paragraph or table cell: Markdown's special characters escaped, HTML as entities, one line.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!': sb.Append('\\').Append(c); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                case < ' ': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Text safe inside a quoted Mermaid label: quotes and angle brackets as Mermaid's entity codes.</summary>
    public static string Mermaid(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("#quot;"); break;
                case '<': sb.Append("#lt;"); break;
                case '>': sb.Append("#gt;"); break;
                case '&': sb.Append("#amp;"); break;
                case '#': sb.Append("#35;"); break;
                case '`': sb.Append("#96;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                case < ' ': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
