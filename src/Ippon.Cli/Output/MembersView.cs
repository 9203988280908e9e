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
        var rows = new List<(string Metric, string Member, string What, decimal Severity)>();
        foreach (var m in result.Metrics.Where(m => !m.Shape.IsScalar && m.Metric.Role is not null))
        {
            var down = m.Metric.Direction == Direction.Down;
            for (var k = 0; k < m.Shape.Size; k++)
            {
                if (m.Targets[k] is not { } t || m.Planned[k] is not { } p || t == 0) continue;
                var gap = (p - t) / Math.Abs(t);
                if (down ? gap <= 0 : gap >= 0) continue;
                rows.Add((m.Metric.Label, m.Shape.Label(k),
                    $"{Labels.Planned(l)} {Formatter.Format(p, m.Metric.Unit, l)} / {Labels.Target(l)} {Formatter.Format(t, m.Metric.Unit, l)}", Math.Abs(gap)));
            }
        }
        foreach (var a in result.Actions)
        {
            var driven = result.Metric(a.Action.Drives);
            if (driven is null || driven.Shape.IsScalar || a.Capacity is not { } cap || cap == 0) continue;
            for (var k = 0; k < a.Volumes.Length; k++)
            {
                if (a.Volumes[k] is not { } v || v <= cap) continue;
                var need = a.Action.Capacity!.Needed(v);
                var per = Formatter.Per(a.Action.Capacity.Per, l);
                var what = need is { } n && a.Action.Capacity.PerPerson is { } pace
                    ? l == Language.Ja
                        ? $"1人{per} {Formatter.Pace(n)}{Formatter.WholePace(n, l)} 必要 / キャパ {Formatter.Plain(pace)}"
                        : $"needs {Formatter.Pace(n)}{Formatter.WholePace(n, l)} per person {per} / capacity {Formatter.Plain(pace)}"
                    : $"{Formatter.Format(v, a.Action.Unit, l)} > {Formatter.Format(cap, a.Action.Unit, l)}";
                rows.Add((a.Action.Label, driven.Shape.Label(k), what, (v - cap) / cap + 1));
            }
        }
        if (rows.Count == 0) return;
        console.MarkupLine(l == Language.Ja
            ? $"[yellow]目標に届かない・キャパシティを超えるメンバー ({rows.Count} 件{(rows.Count > limit ? $"、上位 {limit} 件" : "")})[/]"
            : $"[yellow]Members off track or over capacity ({rows.Count}{(rows.Count > limit ? $", top {limit}" : "")})[/]");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns(l == Language.Ja ? "メンバー" : "member", l == Language.Ja ? "指標・アクション" : "metric / action", l == Language.Ja ? "内容" : "detail");
        foreach (var r in rows.OrderByDescending(r => r.Severity).Take(limit))
            table.AddRow(Markup.Escape(r.Member), Markup.Escape(r.Metric), Markup.Escape(r.What));
        console.Write(table);
    }

    /// <summary>The plan's metrics and actions as one member sees them: <c>--member 田中</c>.</summary>
    public static void Member(IAnsiConsole console, PlanResult result, Dimension dimension, int member, Language l)
    {
        var name = dimension.Members[member];
        console.MarkupLine($"[bold]{Markup.Escape(result.Plan.Title)}[/] — [blue]{Markup.Escape(dimension.Name)}: {Markup.Escape(name)}[/]");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("", l == Language.Ja ? "指標" : "metric", Labels.Target(l), Labels.Planned(l), Labels.Gap(l), l == Language.Ja ? "逆算" : "derivation");
        foreach (var m in result.Metrics)
        {
            var slice = MemberSlice.Of(m, dimension, member);
            var unit = m.Metric.Unit;
            var own = !slice.Shared && slice.Cells.Count == 1 ? slice.Cells[0] : -1;
            var step = own >= 0 ? Explain.Step(result, m, l, own) : null;
            var planned = m.Metric.Role is null && m.Metric.Formula is null ? slice.Planned : slice.Planned;
            table.AddRow(
                Markup.Escape(Labels.Role(m.Metric, l)) + (slice.Shared ? (l == Language.Ja ? " [grey](全体)[/]" : " [grey](shared)[/]") : ""),
                $"{Markup.Escape(m.Metric.Label)} [grey]({Markup.Escape(m.Id)})[/]",
                Markup.Escape(Formatter.Format(slice.Target, unit, l)),
                Markup.Escape(Formatter.Format(planned, unit, l)),
                slice.Gap is { } g ? Markup.Escape((g > 0 ? "+" : "") + Formatter.Format(g, unit, l)) : "",
                Markup.Escape(step ?? ""));
        }
        console.Write(table);
        foreach (var a in result.Actions)
        {
            var driven = result.Metric(a.Action.Drives);
            if (driven is null) continue;
            var slice = MemberSlice.Of(driven, dimension, member);
            decimal? volume = slice.Cells.Count == 0 ? null : slice.Cells.Sum(k => a.Volumes[k] ?? 0);
            var line = $"[green]▶[/] {Markup.Escape(a.Action.Label)}  {Markup.Escape(Formatter.Format(volume, a.Action.Unit, l))}";
            if (slice.Cells.Count == 1 && volume is { } v && a.Action.Capacity is { } cap)
            {
                var load = cap.Value is { } c && c != 0 ? v / c : (decimal?)null;
                var need = cap.Needed(v);
                line += $"  {Labels.Load(l)} {(load is { } x ? Formatter.Percent(x) : "—")}";
                if (need is { } n) line += $" ({(l == Language.Ja ? $"1人{Formatter.Per(cap.Per, l)}" : $"per person {Formatter.Per(cap.Per, l)}")} {Formatter.Pace(n)}{Formatter.WholePace(n, l)}{(cap.PerPerson is { } pace ? $" / {(l == Language.Ja ? "キャパ" : "capacity")} {Formatter.Plain(pace)}" : "")})";
                if (load > 1) line = $"[red]{line}[/]";
            }
            console.MarkupLine(line);
        }
        var findings = result.Findings.Where(f => f.Member is not null && (f.Member == name || f.Member.Split('/').Contains(name))).ToList();
        foreach (var f in findings)
            console.MarkupLine($"{(f.Severity == Severity.Error ? "[red]✖[/]" : "[yellow]⚠[/]")} {Markup.Escape(f.Rule.Id)}: {Markup.Escape(f.Message.In(l))}");
    }

    /// <summary>A table with one row per member of <paramref name="dimension"/> and the goals' targets and plans: <c>--by region</c>.</summary>
    public static void By(IAnsiConsole console, PlanResult result, Dimension dimension, Language l)
    {
        var metrics = result.Metrics.Where(m => m.Metric.Role is not null && !m.Shape.IsScalar).ToList();
        if (metrics.Count == 0) metrics = [.. result.Metrics.Where(m => m.Metric.Role is not null)];
        var table = new Table().Border(TableBorder.Simple).Title($"{Markup.Escape(result.Plan.Title)} — {Markup.Escape(dimension.Name)}");
        table.AddColumn(Markup.Escape(dimension.Name));
        foreach (var m in metrics) table.AddColumn(new TableColumn($"{Markup.Escape(m.Metric.Label)}\n[grey]{Labels.Target(l)} / {Labels.Planned(l)}[/]").RightAligned());
        for (var i = 0; i < dimension.Count; i++)
        {
            var cells = new List<string> { Markup.Escape(dimension.Members[i]) };
            foreach (var m in metrics)
            {
                var s = MemberSlice.Of(m, dimension, i);
                var bad = s.Gap is { } g && (m.Metric.Direction == Direction.Down ? g > 0 : g < 0);
                var text = $"{Formatter.Format(s.Target, m.Metric.Unit, l)}\n{Formatter.Format(s.Planned, m.Metric.Unit, l)}";
                cells.Add(bad ? $"[red]{Markup.Escape(text)}[/]" : Markup.Escape(text));
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }
}
