using Ippon.Checks;
using Ippon.Comparison;
using Ippon.Numbers;
using Ippon.Plans;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The terminal view of a comparison: one table with a target and a plan column per scenario, then the KPIs next to their OKR stretches.</summary>
public static class CompareView
{
    public static void Render(IAnsiConsole console, ScenarioComparison c, Language l)
    {
        console.MarkupLine($"[bold]{Markup.Escape(c.Plan.Title)}[/]  [blue]{(l.T("シナリオ比較", "scenarios side by side"))}[/]");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(l.T("指標", "metric"));
        foreach (var s in c.Scenarios)
        {
            var name = Markup.Escape(s.Name) + (s.IsBase ? l.T(" (計画どおり)", " (as written)") : "");
            table.AddColumn(new TableColumn($"[bold]{name}[/]\n{PlanWords.Target.In(l)}").RightAligned());
            table.AddColumn(new TableColumn($"\n{PlanWords.Planned.In(l)}").RightAligned());
        }
        var first = c.Scenarios[0].Result;
        foreach (var m in first.Metrics)
        {
            var metric = m.Metric;
            var cells = new List<string> { $"[grey]{Markup.Escape(PlanWords.Role(metric, l))}[/] {Markup.Escape(metric.Label)}" };
            foreach (var s in c.Scenarios)
            {
                var r = s.Result.Metrics[m.Index];
                cells.Add(Cell(r.Target, first.Metrics[m.Index].Target, metric.Unit, l, s == c.Scenarios[0]));
                cells.Add(Cell(r.PlannedValue, first.Metrics[m.Index].PlannedValue, metric.Unit, l, s == c.Scenarios[0]));
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        if (!c.Stretches.IsEmpty)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{(l.T("KPI (必達) と OKR (挑戦)", "KPI (must hit) and OKR stretch (try for)"))}[/]");
            foreach (var g in c.Stretches)
            {
                var metric = c.Plan.Find(g.Metric)!;
                var kgi = c.Plan.Kgi;
                var kgiText = kgi is null ? "" : l.T($" → {kgi.Label} {Formatter.Format(g.KgiBase, kgi.Unit, l)} → {Formatter.Format(g.KgiStretch, kgi.Unit, l)}", $" → {kgi.Label} {Formatter.Format(g.KgiBase, kgi.Unit, l)} → {Formatter.Format(g.KgiStretch, kgi.Unit, l)}");
                console.MarkupLine(Markup.Escape(l.T($" {metric.Label}: KPI {Formatter.Format(g.MustHit, metric.Unit, l)} (必達) / OKR {Formatter.Format(g.TryFor, metric.Unit, l)} (挑戦、{g.Scenario}){kgiText}", $" {metric.Label}: KPI {Formatter.Format(g.MustHit, metric.Unit, l)} (must hit) / OKR {Formatter.Format(g.TryFor, metric.Unit, l)} (try for, {g.Scenario}){kgiText}")));
            }
        }
        var findings = c.Scenarios.SelectMany(s => s.Result.Findings.Select(f => (s.Name, f))).Where(x => x.f.Severity == Severity.Error).ToList();
        if (findings.Count == 0) return;
        console.WriteLine();
        foreach (var (name, f) in findings)
            console.MarkupLine($"[red]✖ error[/] [bold]{Markup.Escape(f.Rule.Id)}[/] [blue]{Markup.Escape(name)}[/] {Markup.Escape(f.Subject)}: {Markup.Escape(f.Message.In(l))}");
    }

    static string Cell(decimal? value, decimal? baseValue, Plans.Unit unit, Language l, bool isFirst)
    {
        var text = Markup.Escape(Formatter.Format(value, unit, l));
        return !isFirst && value != baseValue ? $"[bold yellow]{text}[/]" : text;
    }
}
