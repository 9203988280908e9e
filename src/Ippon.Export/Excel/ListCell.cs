using System.Text;
using Ippon.Files.Plans;

namespace Ippon.Export.Excel;

/// <summary>A list in one cell, written as the plan file writes flow lists: <c>leads, deals</c>, items with a comma quoted (<c>"成約, 年契約"</c>).</summary>
static class ListCell
{
    public static string Write(IEnumerable<string> items) => string.Join(", ", items.Select(PlanWriter.Quote));

    public static string[] Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var items = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < text.Length)
                {
                    sb.Append(text[++i] switch { 'n' => '\n', 't' => '\t', var x => x });
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '、')
            {
                items.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }
        items.Add(sb.ToString().Trim());
        return [.. items.Where(s => s.Length > 0)];
    }
}
