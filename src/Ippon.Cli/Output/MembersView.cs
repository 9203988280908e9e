using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Dimensions;
using Ippon.Numbers;
using Ippon.Plans;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The views of a plan over dimensions: the members off track or over capacity, one member's line (--member), a table by dimension (--by).</summary>
public static class MembersView
{
    /// <summary>Members whose plan falls short of their target or whose actions exceed their capacity, worst first.</summary>
    public static void OffTrack(IAnsiConsole console, PlanResult result, Language l, int limit = 10)
    {
        var rows = MemberIssues.Find(result).Select(issue => (Metric: (issue.Action?.Action.Label ?? issue.Metric.Metric.Label), issue.Member, What: Describe(issue, l), issue.Severity)).ToList();
        if (rows.Count == 0) return;
        console.MarkupLine(l.T($"[yellow]目標に届かない・キャパシティを超えるメンバー ({rows.Count} 件{(rows.Count > limit ? $"、上位 {limit} 件" : "")})[/]", $"[yellow]Members off track or over capacity ({rows.Count}{(rows.Count > limit ? $", top {limit}" : "")})[/]"));
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns(l.T("メンバー", "member"), l.T("指標・アクション", "metric / action"), l.T("内容", "detail"));
        foreach (var r in rows.OrderByDescending(r => r.Severity).Take(limit))
            table.AddRow(Markup.Escape(r.Member), Markup.Escape(r.Metric), Markup.Escape(r.What));
        console.Write(table);
    }

    /// <summary>The plan's metrics and actions as one member sees them: <c>--member 田中</c>.</summary>
    public static void Member(IAnsiConsole console, PlanResult result, Dimension dimension, int member, Language l)
    {
        var line = MemberLine.Of(result, dimension, member);
        console.MarkupLine($"[bold]{Markup.Escape(result.Plan.Title)}[/] — [blue]{Markup.Escape(dimension.Name)}: {Markup.Escape(line.Name)}[/]");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("", l.T("指標", "metric"), PlanWords.Target.In(l), PlanWords.Planned.In(l), PlanWords.Gap.In(l), l.T("逆算", "derivation"));
        foreach (var row in line.Metrics)
        {
            var (m, slice) = (row.Metric, row.Slice);
            var unit = m.Metric.Unit;
            var step = row.OwnCell >= 0 ? Explain.Step(result, m, l, row.OwnCell) : null;
            table.AddRow(
                Markup.Escape(PlanWords.Role(m.Metric, l)) + (slice.Shared ? (l.T(" [grey](全体)[/]", " [grey](shared)[/]")) : ""),
                $"{Markup.Escape(m.Metric.Label)} [grey]({Markup.Escape(m.Id)})[/]",
                Markup.Escape(Formatter.Format(slice.Target, unit, l)),
                Markup.Escape(Formatter.Format(slice.Planned, unit, l)),
                slice.Gap is { } g ? Markup.Escape((g > 0 ? "+" : "") + Formatter.Format(g, unit, l)) : "",
                Markup.Escape(step ?? ""));
        }
        console.Write(table);
        foreach (var a in line.Actions)
        {
            var text = $"[green]▶[/] {Markup.Escape(a.Action.Action.Label)}  {Markup.Escape(Formatter.Format(a.Volume, a.Action.Action.Unit, l))}";
            if (a.OneCell && a.Volume is not null && a.Action.Action.Capacity is { } cap)
            {
                text += $"  {PlanWords.Load.In(l)} {(a.Load is { } x ? Formatter.Percent(x) : "—")}";
                if (a.Needed is { } n) text += $" ({(l.T($"1人{Formatter.Per(cap.Per, l)}", $"per person {Formatter.Per(cap.Per, l)}"))} {Formatter.Pace(n)}{Formatter.WholePace(n, l)}{(cap.PerPerson is { } pace ? $" / {l.T("キャパ", "capacity")} {Formatter.Plain(pace)}" : "")})";
                if (a.OverCapacity) text = $"[red]{text}[/]";
            }
            console.MarkupLine(text);
        }
        foreach (var f in line.Findings)
            console.MarkupLine($"{(f.Severity == Severity.Error ? "[red]✖[/]" : "[yellow]⚠[/]")} {Markup.Escape(f.Rule.Id)}: {Markup.Escape(f.Message.In(l))}");
    }

    /// <summary>What an issue means for the member, in words: planned vs target, or the pace needed vs the capacity.</summary>
    static string Describe(MemberIssue issue, Language l)
    {
        var m = issue.Metric;
        if (issue.Action is not { } a)
            return $"{PlanWords.Planned.In(l)} {Formatter.Format(m.Planned[issue.Cell], m.Metric.Unit, l)} / {PlanWords.Target.In(l)} {Formatter.Format(m.Targets[issue.Cell], m.Metric.Unit, l)}";
        var v = issue.Volume!.Value;
        var need = a.Action.Capacity!.Needed(v);
        var per = Formatter.Per(a.Action.Capacity.Per, l);
        return need is { } n && a.Action.Capacity.PerPerson is { } pace
            ? l.T($"1人{per} {Formatter.Pace(n)}{Formatter.WholePace(n, l)} 必要 / キャパ {Formatter.Plain(pace)}", $"needs {Formatter.Pace(n)}{Formatter.WholePace(n, l)} per person {per} / capacity {Formatter.Plain(pace)}")
            : $"{Formatter.Format(v, a.Action.Unit, l)} > {Formatter.Format(a.Capacity, a.Action.Unit, l)}";
    }

    /// <summary>A table with one row per member of <paramref name="dimension"/> and the goals' targets and plans: <c>--by region</c>.</summary>
    public static void By(IAnsiConsole console, PlanResult result, Dimension dimension, Language l)
    {
        var metrics = result.Metrics.Where(m => m.Metric.Role is not null && !m.Shape.IsScalar).ToList();
        if (metrics.Count == 0) metrics = [.. result.Metrics.Where(m => m.Metric.Role is not null)];
        var table = new Table().Border(TableBorder.Simple).Title($"{Markup.Escape(result.Plan.Title)} — {Markup.Escape(dimension.Name)}");
        table.AddColumn(Markup.Escape(dimension.Name));
        foreach (var m in metrics) table.AddColumn(new TableColumn($"{Markup.Escape(m.Metric.Label)}\n[grey]{PlanWords.Target.In(l)} / {PlanWords.Planned.In(l)}[/]").RightAligned());
        var slices = metrics.Select(m => MemberSlice.All(m, dimension)).ToList();
        for (var i = 0; i < dimension.Count; i++)
        {
            var cells = new List<string> { Markup.Escape(dimension.Members[i]) };
            for (var j = 0; j < metrics.Count; j++)
            {
                var (m, s) = (metrics[j], slices[j][i]);
                var bad = s.Gap is { } g && (m.Metric.Direction == Direction.Down ? g > 0 : g < 0);
                var text = $"{Formatter.Format(s.Target, m.Metric.Unit, l)}\n{Formatter.Format(s.Planned, m.Metric.Unit, l)}";
                cells.Add(bad ? $"[red]{Markup.Escape(text)}[/]" : Markup.Escape(text));
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }
}
