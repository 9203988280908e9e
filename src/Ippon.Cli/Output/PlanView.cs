using System.Globalization;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The terminal view of a calculated plan: the tree from the KGI down to the actions, then the findings.</summary>
/// <remarks>Each node shows its target, plan and gap; a derived target shows the formula step that produced it.</remarks>
public static class PlanView
{
    public static void Render(IAnsiConsole console, PlanResult result, Language language)
    {
        var plan = result.Plan;
        console.MarkupLine($"[bold]{Markup.Escape(plan.Title)}[/]" + (result.Scenario is null ? "" : $"  [blue]({language.T("シナリオ", "scenario")}: {Markup.Escape(result.Scenario)})[/]"));
        if (plan.Vision is not null) console.MarkupLine($"[grey]{language.T("ビジョン", "Vision")}: {Markup.Escape(plan.Vision)}[/]");
        if (plan.Horizon is { } h)
        {
            var periods = h.Period switch
            {
                PeriodKind.Month => language.T("月次", "monthly"),
                PeriodKind.Quarter => language.T("四半期", "quarterly"),
                PeriodKind.Half => language.T("半期", "half-yearly"),
                _ => language.T("年次", "yearly"),
            };
            console.MarkupLine($"[grey]{language.T("期間", "Horizon")}: {h.Start:yyyy-MM-dd} – {h.End:yyyy-MM-dd} ({periods})[/]");
        }
        console.WriteLine();

        var shown = new HashSet<int>();
        if (result.Kgi is { } kgi)
        {
            var tree = new Tree(MetricLine(result, kgi, language)) { Guide = TreeGuide.Line };
            shown.Add(kgi.Index);
            AddChildren(tree, result, kgi, language, shown);
            console.Write(tree);
        }
        var rest = result.Metrics.Where(m => !shown.Contains(m.Index) && (m.Metric.Role is not null || m.Metric.Formula is not null)).ToList();
        if (rest.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine(language.T("[yellow]KGIにつながっていない指標[/]", "[yellow]Not connected to the KGI[/]"));
            foreach (var m in rest)
            {
                if (shown.Contains(m.Index)) continue;
                var tree = new Tree(MetricLine(result, m, language)) { Guide = TreeGuide.Line };
                shown.Add(m.Index);
                AddChildren(tree, result, m, language, shown);
                console.Write(tree);
            }
        }
        if (!plan.Dimensions.IsEmpty)
        {
            console.WriteLine();
            MembersView.OffTrack(console, result, language);
        }
        if (!result.Teams.IsEmpty)
        {
            console.WriteLine();
            Teams(console, result, language);
        }
        console.WriteLine();
        FindingsView.Render(console, result, language, withSummary: true);
    }

    /// <summary>One line per team: the hours its actions need against what it has, and each action's share.</summary>
    static void Teams(IAnsiConsole console, PlanResult result, Language l)
    {
        console.MarkupLine(l.T("[bold]チームの負荷[/]", "[bold]Team load[/]"));
        foreach (var t in result.Teams)
        {
            var over = t.Load > 1;
            var load = t.Load is { } x ? $"[{(over ? "red" : "green")}]{Formatter.Percent(x)}[/]" : "—";
            var parts = string.Join(l.T("、", ", "), t.Parts.Where(p => p.Hours is not null).Select(p =>
                $"{Markup.Escape(p.Action.Action.Label)} {Formatter.Hours(p.Hours!.Value, l)}"));
            console.MarkupLine($"  {Markup.Escape(t.Team.Label)}: {(t.Hours is { } h ? Formatter.Hours(h, l) : "—")} / {(t.Available is { } a ? Formatter.Hours(a, l) : "—")} ({load})  [grey]{parts}[/]");
        }
    }

    static void AddChildren(IHasTreeNodes parent, PlanResult result, MetricResult metric, Language language, HashSet<int> shown)
    {
        if (metric.Metric.Formula is { } f)
        {
            foreach (var id in f.References)
            {
                if (result.Metric(id) is not { } child) continue;
                if (!shown.Add(child.Index))
                {
                    parent.AddNode(new Markup($"[grey]{Markup.Escape(child.Metric.Label)} ({Markup.Escape(child.Id)}) ↑[/]"));
                    continue;
                }
                var node = parent.AddNode(MetricLine(result, child, language));
                AddChildren(node, result, child, language, shown);
            }
        }
        foreach (var a in result.ActionsDriving(metric.Id))
            parent.AddNode(ActionLine(result, a, language));
    }

    static Markup MetricLine(PlanResult result, MetricResult m, Language l)
    {
        var metric = m.Metric;
        var unit = metric.Unit;
        var role = PlanWords.Role(metric, l);
        var roleStyle = metric.Role switch
        {
            MetricRole.Kgi => "bold magenta",
            MetricRole.Ksf => "bold blue",
            MetricRole.Kpi => "bold cyan",
            _ => "grey",
        };
        var parts = new List<string>
        {
            $"[{roleStyle}]{role}[/] [bold]{Markup.Escape(metric.Label)}[/] [grey]({Markup.Escape(metric.Id)})[/]",
        };
        if (!m.Shape.IsScalar) parts.Add($"[grey]× {Formatter.Plain(m.Shape.Size)} {Markup.Escape(m.Shape.ToString())}[/]");
        var isAssumption = metric.Role is null && metric.Formula is null;
        if (isAssumption && !m.Shape.IsScalar)
        {
            var values = m.Planned.OfType<decimal>().ToList();
            parts.Add(values.Count == 0 ? "—" : values.Min() == values.Max()
                ? Markup.Escape(Formatter.Format(values[0], unit, l))
                : Markup.Escape($"{Formatter.Format(values.Min(), unit, l)} 〜 {Formatter.Format(values.Max(), unit, l)}"));
        }
        else if (isAssumption)
        {
            parts.Add(Markup.Escape(Formatter.Format(m.PlannedValue ?? metric.Value, unit, l)));
        }
        else
        {
            var source = m.Source == TargetSource.Explicit ? $" [grey]({l.T("設定値", "given")})[/]" : "";
            parts.Add($"{PlanWords.Target.In(l)} [bold]{Markup.Escape(Formatter.Format(m.Target, unit, l))}[/]{source}");
            parts.Add($"{PlanWords.Planned.In(l)} {Markup.Escape(PlannedText(m, l))}");
            if (m.Gap is { } gap)
            {
                var down = metric.Direction == Direction.Down;
                var bad = down ? gap > 0 : gap < 0;
                var text = gap == 0 ? "±0" : (gap > 0 ? "+" : "") + Formatter.Format(gap, unit, l);
                parts.Add($"{PlanWords.Gap.In(l)} [{(bad ? "red" : gap == 0 ? "green" : "green")}]{Markup.Escape(text)}[/]");
            }
        }
        if (m.Smart is { } smart)
            parts.Add(smart.All ? "[green]SMART✓[/]" : $"[yellow]SMART {smart.Letters}[/]");
        if (metric.Owner is not null) parts.Add($"[grey]{PlanWords.Owner.In(l)} {Markup.Escape(metric.Owner)}[/]");
        parts.Add(Badges(result, metric.Id));
        var line = string.Join("  ", parts.Where(p => p.Length > 0));

        var detail = new List<string>();
        if (metric.Formula is { } f) detail.Add($"= {Markup.Escape(f.Text)}");
        if (Explain.Step(result, m, l) is { } step)
        {
            var example = m.Shape.IsScalar ? "" : $"{l.T("例", "e.g.")} {m.Shape.Label(Array.FindIndex(m.Derivations, d => d is not null))}: ";
            detail.Add($"← {Markup.Escape(example + step)}");
        }
        if (m.Coverage is { } c) detail.Add($"{l.T("アクション充足", "covered by actions")} {Formatter.Percent(c)}");
        if (detail.Count > 0) line += "\n[grey]" + string.Join("   ", detail) + "[/]";
        return new Markup(line);
    }

    static string PlannedText(MetricResult m, Language l)
    {
        if (m.PlannedValue is { } p) return Formatter.Format(p, m.Metric.Unit, l);
        var error = m.PlannedErrors.FirstOrDefault(e => e != Formulas.FormulaError.None);
        return error == Formulas.FormulaError.None ? "—" : PlanCalculator.Describe(error);
    }

    static Markup ActionLine(PlanResult result, ActionResult a, Language l)
    {
        var action = a.Action;
        var parts = new List<string>
        {
            $"[bold green]▶[/] [bold]{Markup.Escape(action.Label)}[/] [grey]({Markup.Escape(action.Id)})[/]",
            $"[bold]{Markup.Escape(Formatter.Format(a.Volume, action.Unit, l))}[/]",
        };
        if (action.PerUnit is { } pu && result.Metric(action.Drives) is { } driven)
        {
            var per = driven.Metric.Unit.Kind == UnitKind.Count && pu < 1
                ? Formatter.Percent(pu)
                : Formatter.Format(pu, driven.Metric.Unit, l);
            var perUnit = l.T($"1単位あたり {Markup.Escape(per)}", $"{Markup.Escape(per)} per unit");
            parts.Add($"[grey]({perUnit}{(action.Share is { } s ? $", {l.T("分担", "share")} {Formatter.Percent(s)}" : "")})[/]");
        }
        if (action.Owner is not null) parts.Add($"{PlanWords.Owner.In(l)} {Markup.Escape(action.Owner)}");
        if (action.Due is { } due) parts.Add($"{PlanWords.Due.In(l)} {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        if (a.Load is { } load)
        {
            var style = load > 1 ? "red" : load > 0.8m ? "yellow" : "green";
            var whole = a.PerPersonNeeded is { } w ? Formatter.WholePace(w, l) : "";
            var perDay = a.PerPersonNeeded is { } ppd
                ? l.T($", 1人{Formatter.Per(action.Capacity!.Per, l)} {Formatter.Pace(ppd)}{whole}", $", {Formatter.Pace(ppd)}{whole} per person {Formatter.Per(action.Capacity!.Per, l)}")
                : "";
            parts.Add($"{PlanWords.Load.In(l)} [{style}]{Formatter.Percent(load)}[/] [grey]({l.T("キャパ", "capacity")} {Markup.Escape(Formatter.Format(a.Capacity, action.Unit, l))}{Markup.Escape(perDay)})[/]");
        }
        parts.Add(Badges(result, action.Id));
        return new Markup(string.Join("  ", parts.Where(p => p.Length > 0)));
    }

    static string Badges(PlanResult result, string subject)
    {
        var findings = result.FindingsFor(subject).ToList();
        if (findings.Count == 0) return "";
        return string.Join(" ", findings.Select(f => f.Severity == Severity.Error
            ? $"[red]✖ {Markup.Escape(f.Rule.Id)}[/]"
            : $"[yellow]⚠ {Markup.Escape(f.Rule.Id)}[/]"));
    }
}
