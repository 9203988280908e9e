using System.Globalization;
using System.Text;
using Ippon.Numbers;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Actuals;

/// <summary>The actuals CSV of the contract: a header <c>period,metric,value</c>, then one row per actual (values such as 1,200万円 quoted).</summary>
public static class ActualsCsv
{
    /// <summary>The rows of <paramref name="text"/>, or every error with its line and column.</summary>
    public static Outcome<List<ActualRow>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errors = new List<FieldError>();
        var rows = new List<ActualRow>();
        int? periodCol = null, metricCol = null, valueCol = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            var (cells, starts) = Split(line);
            if (periodCol is null)
            {
                var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                periodCol = names.IndexOf("period");
                metricCol = names.IndexOf("metric");
                valueCol = names.IndexOf("value");
                if (periodCol < 0 || metricCol < 0 || valueCol < 0)
                {
                    errors.Add(new FieldError("file", new Message(
                        "1行目は見出し period,metric,value にしてください", "expected the header period,metric,value on the first line"), i + 1, 1));
                    break;
                }
                continue;
            }
            if (cells.Count <= Math.Max(periodCol.Value, Math.Max(metricCol!.Value, valueCol!.Value)))
            {
                errors.Add(new FieldError("file", new Message($"列が足りません ({cells.Count} 列)。period,metric,value の3列が必要です",
                    $"expected three columns period,metric,value, found {cells.Count}"), i + 1, 1));
                continue;
            }
            var valueText = cells[valueCol.Value];
            decimal? value = null;
            if (valueText.Trim().Length > 0)
            {
                if (!NumberText.TryParse(valueText, out var v))
                {
                    errors.Add(new FieldError("file", new Message($"'{valueText}' は数値として読めません (例: 400, 1,200万円, 15%)",
                        $"'{valueText}' is not a number; expected {NumberText.Expected}"), i + 1, starts[valueCol.Value] + 1));
                    continue;
                }
                value = v;
            }
            rows.Add(new ActualRow(cells[periodCol.Value].Trim(), cells[metricCol.Value].Trim(), value) { Line = i + 1 });
            if (errors.Count >= 50) break;
        }
        if (periodCol is null && errors.Count == 0)
            errors.Add(new FieldError("file", new Message("CSV が空です", "the CSV is empty")));
        return errors.Count > 0 ? Failure.Invalid([.. errors]) : rows;
    }

    /// <summary>The CSV text of <paramref name="rows"/>, values as plain numbers.</summary>
    public static string Write(IEnumerable<ActualRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder("period,metric,value\n");
        foreach (var r in rows)
            sb.Append(r.Period).Append(',').Append(r.Metric).Append(',').Append(r.Value is { } v ? (v / 1.000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "").Append('\n');
        return sb.ToString();
    }

    // A CSV line's cells and the 0-based offset where each starts; "…" quotes may hold commas and "" quotes.
    static (List<string> Cells, List<int> Starts) Split(string line)
    {
        var cells = new List<string>();
        var starts = new List<int>();
        var i = 0;
        while (true)
        {
            starts.Add(i);
            var sb = new StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        sb.Append(line[i++]);
                    }
                }
                while (i < line.Length && line[i] != ',') i++;
            }
            else
            {
                while (i < line.Length && line[i] != ',') sb.Append(line[i++]);
            }
            cells.Add(sb.ToString());
            if (i >= line.Length) break;
            i++;
        }
        return (cells, starts);
    }
}
