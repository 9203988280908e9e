using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Actuals;

/// <summary>
/// Reads a block copied from Excel (tab-separated lines) into actuals. With labels — periods across the first row,
/// metric ids or names down the first column — cells go where the labels say; without them the block fills the
/// grid from its top-left cell (the grid's metrics down, the periods across).
/// </summary>
public static class PasteBlock
{
    public static Outcome<List<ActualRow>> Parse(string text, Plan plan, IReadOnlyList<string> metrics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(metrics);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).ToList();
        if (lines.Count == 0) return Failure.Invalid("paste", "貼り付けた内容が空です", "the pasted block is empty");
        var periods = ActualsPeriods.Labels(plan);

        // A header row names periods in its cells after the first.
        var header = lines[0].Skip(1).Select(c => ActualsPeriods.Resolve(plan, c).Value).ToList();
        var hasHeader = header.Count > 0 && header.All(p => p is not null);
        var body = hasHeader ? lines.Skip(1).ToList() : lines;
        var columns = hasHeader ? header.Select(p => p!).ToList() : periods.ToList();
        var hasLabels = hasHeader || body.All(r => r.Length > 0 && MetricOf(plan, r[0]) is not null);

        var rows = new List<ActualRow>();
        var errors = new List<FieldError>();
        for (var i = 0; i < body.Count; i++)
        {
            var cells = body[i];
            var line = i + 1 + (hasHeader ? 1 : 0);
            string? metric;
            if (hasLabels)
            {
                metric = MetricOf(plan, cells[0]);
                if (metric is null)
                {
                    errors.Add(new FieldError("paste", new Message($"'{cells[0]}' という指標はありません", $"no metric '{cells[0]}'"), line, 1));
                    continue;
                }
            }
            else
            {
                metric = i < metrics.Count ? metrics[i] : null;
                if (metric is null)
                {
                    errors.Add(new FieldError("paste", new Message($"表の行 ({metrics.Count}) より多い行があります", $"more rows than the grid has ({metrics.Count})"), line, 1));
                    break;
                }
            }
            var values = hasLabels ? cells.Skip(1).ToList() : [.. cells];
            for (var j = 0; j < values.Count; j++)
            {
                var cell = values[j].Trim();
                if (cell.Length == 0) continue;
                if (j >= columns.Count)
                {
                    errors.Add(new FieldError("paste", new Message($"期間 ({columns.Count}) より多い列があります", $"more columns than periods ({columns.Count})"), line, j + 1 + (hasLabels ? 1 : 0)));
                    break;
                }
                if (!NumberText.TryParse(cell, out var v))
                {
                    errors.Add(new FieldError("paste", NumberText.Refusal(cell), line, j + 1 + (hasLabels ? 1 : 0)));
                    continue;
                }
                rows.Add(new ActualRow(columns[j], metric, v));
            }
        }
        return errors.Count > 0 ? Failure.Invalid([.. errors]) : rows;
    }

    static string? MetricOf(Plan plan, string label)
    {
        var t = label.Trim();
        return plan.Find(t)?.Id ?? plan.Metrics.FirstOrDefault(m => m.Name == t)?.Id;
    }
}
