using Ippon.Numbers;
using Ippon.Optimize;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The terminal view of <c>ippon optimize</c>: the current and the optimal mix side by side, the teams' hours, then the summary or the smallest fixes.</summary>
public static class OptimizeView
{
    public static void Render(IAnsiConsole console, OptimizeResult r, Language l)
    {
        var objective = ObjectiveNames.Of(r.Objective).In(l);
        var budget = r.Budget is { } b ? (l.T($"、予算 {Formatter.Money(b, r.Plan.Currency, l)}", $", budget {Formatter.Money(b, r.Plan.Currency, l)}")) : "";
        console.MarkupLine($"[bold]{Markup.Escape(r.Plan.Title)}[/]  [blue]{(l.T("最適化", "optimize"))}[/] ({objective}{Markup.Escape(budget)})");
        if (r.Lines.Length > 0)
        {
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn(l.T("アクション", "action"));
            table.AddColumn(l.T("チーム", "team"));
            table.AddColumn(new TableColumn(l.T("現在", "current")).RightAligned());
            table.AddColumn(new TableColumn(l.T("最適", "optimal")).RightAligned());
            table.AddColumn(new TableColumn(l.T("費用 (現在 → 最適)", "cost (current → optimal)")).RightAligned());
            table.AddColumn(new TableColumn(l.T("工数 (現在 → 最適)", "hours (current → optimal)")).RightAligned());
            foreach (var line in r.Lines)
            {
                var unit = line.Action.Unit;
                var changed = line.Optimal is { } o && o != line.Current;
                table.AddRow(
                    Markup.Escape(line.Action.Label),
                    Markup.Escape(line.Action.Team ?? "—"),
                    Markup.Escape(Formatter.Format(line.Current, unit, l)),
                    line.Optimal is { } v ? $"[{(changed ? "bold blue" : "default")}]{Markup.Escape(Formatter.Format(v, unit, l))}[/]" : "—",
                    Markup.Escape($"{Formatter.Money(line.CurrentCost, r.Plan.Currency, l)} → {(line.OptimalCost is { } c ? Formatter.Money(c, r.Plan.Currency, l) : "—")}"),
                    Markup.Escape($"{Formatter.Hours(line.CurrentHours, l)} → {(line.OptimalHours is { } h ? Formatter.Hours(h, l) : "—")}"));
            }
            table.AddRow(
                l.T("[bold]合計[/]", "[bold]total[/]"), "", "", "",
                Markup.Escape($"{Formatter.Money(r.CurrentCost, r.Plan.Currency, l)} → {(r.OptimalCost is { } tc ? Formatter.Money(tc, r.Plan.Currency, l) : "—")}"),
                Markup.Escape($"{Formatter.Hours(r.CurrentHours, l)} → {(r.OptimalHours is { } th ? Formatter.Hours(th, l) : "—")}"));
            console.Write(table);
        }
        foreach (var t in r.Teams)
        {
            var over = t.Current > t.Available;
            console.MarkupLine($"  {Markup.Escape(t.Team.Label)}: {(l.T("現在", "now"))} [{(over ? "red" : "default")}]{Formatter.Hours(t.Current, l)}[/]"
                               + $" → {(t.Optimal is { } o ? Formatter.Hours(o, l) : "—")} / {Formatter.Hours(t.Available, l)}");
        }
        console.WriteLine();
        if (r.Status == SolveStatus.Infeasible)
        {
            console.MarkupLine(l.T("[yellow]どの組み合わせでも、KPIをすべて満たしつつチームの時間・上限に収まりません。[/]", "[yellow]No mix covers every KPI within the teams' hours and the bounds.[/]"));
            var fixes = r.Fixes.Where(f => f.Kind != "kgi").ToList();
            if (fixes.Count > 0) console.MarkupLine(l.T("[bold]実現させるための最小の修正 (どれか1つ)[/]", "[bold]The smallest fixes (any one of them)[/]"));
            foreach (var f in fixes) console.MarkupLine($"  • {Markup.Escape(f.Sentence.In(l))}");
            foreach (var f in r.Fixes.Where(f => f.Kind == "kgi")) console.MarkupLine(Markup.Escape(f.Sentence.In(l)));
            return;
        }
        var summary = OptimizeSummary.Of(r).In(l);
        console.MarkupLine(r.HasMix ? $"[green]{Markup.Escape(summary)}[/]" : $"[yellow]{Markup.Escape(summary)}[/]");
    }
}
