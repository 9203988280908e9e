using Ippon.Forecast;
using Ippon.Forecast.Reporting;
using Ippon.Numbers;
using Ippon.Plans;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The terminal view of a forecast: the KGI's probability and landing, every KPI's, the beliefs, which uncertainty matters, the plan at the chosen confidence.</summary>
public static class ForecastView
{
    public static void Render(IAnsiConsole console, ForecastResult f, Language l)
    {
        var when = f.AsOf is { } a ? (l.T($"{a.Label} 時点の実績から", $"from the actuals to {a.Label}")) : (l.T("期初 (実績なし)", "before any actuals"));
        console.MarkupLine($"[bold]{Esc(f.Plan.Title)}[/]  [blue]{(l.T("達成確率の予測", "forecast"))}[/] [grey]({when}, {f.Trials:N0} {(l.T("回の試行", "trials"))}, seed {f.Seed})[/]");
        if (f.Review.Baseline.Scenario is { } s) console.MarkupLine($"[grey]{(l.T("シナリオ", "scenario"))}: {Esc(s)}[/]");
        console.WriteLine();
        if (f.Kgi is { } kgi)
        {
            var unit = kgi.Metric.Metric.Unit;
            var p = kgi.Probability ?? 0;
            var style = p >= 0.8 ? "green" : p >= 0.5 ? "yellow" : "red";
            console.MarkupLine($"[bold magenta]KGI[/] [bold]{Esc(kgi.Metric.Metric.Label)}[/]  {PlanWords.Target.In(l)} [bold]{Esc(Formatter.Format(kgi.Target, unit, l))}[/]  "
                + $"{(l.T("達成確率", "chance"))} [bold {style}]{ForecastFormat.Probability(p)}[/] [grey](±{ForecastFormat.Probability(kgi.ProbabilityError ?? 0)})[/]");
            console.MarkupLine($"  {(l.T("着地", "landing"))} P10 {V(kgi.Landing.P10, unit, l)} / P50 [bold]{V(kgi.Landing.P50, unit, l)}[/] / P90 {V(kgi.Landing.P90, unit, l)}  "
                + $"[grey]{(l.T("期待値", "expected"))} {V(kgi.Expected ?? kgi.Landing.Mean, unit, l)}[/]");
            console.MarkupLine($"  [bold]{Esc(ForecastText.Headline(f, l))}[/]");
            console.WriteLine();
        }
        Metrics(console, f, l);
        Beliefs(console, f, l);
        Contributions(console, f, l);
        Confidence(console, f, l);
        FindingsView.Render(console, [.. f.Findings, .. f.Review.Findings.Except(f.Findings)], l, withSummary: true);
    }

    static void Metrics(IAnsiConsole console, ForecastResult f, Language l)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(l.T("着地の分布 (期末)", "Landing at the horizon's end")) };
        table.AddColumn(l.T("指標", "metric"));
        table.AddColumn(new TableColumn(PlanWords.Target.In(l)).RightAligned());
        table.AddColumn(new TableColumn(l.T("達成確率", "chance")).RightAligned());
        table.AddColumn(new TableColumn("P10").RightAligned());
        table.AddColumn(new TableColumn("P50").RightAligned());
        table.AddColumn(new TableColumn("P90").RightAligned());
        foreach (var m in f.Metrics.Where(m => m.Metric.Metric.Role is not null || m.Metric.Metric.Formula is not null || m.Landing.StdDev > 0))
        {
            var unit = m.Metric.Metric.Unit;
            table.AddRow(Esc(m.Metric.Metric.Label), Esc(Formatter.Format(m.Target, unit, l)),
                m.Probability is { } p ? ForecastFormat.Probability(p) : "-", V(m.Landing.P10, unit, l), V(m.Landing.P50, unit, l), V(m.Landing.P90, unit, l));
        }
        console.Write(table);
        if (f.Kgi is { } kgi)
        {
            var unit = kgi.Metric.Metric.Unit;
            var periods = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Esc(l.T($"{kgi.Metric.Metric.Label} の期ごとの帯", $"{kgi.Metric.Metric.Label} per period"))) };
            periods.AddColumn(l.T("期間", "period"));
            periods.AddColumn(new TableColumn("P10").RightAligned());
            periods.AddColumn(new TableColumn("P50").RightAligned());
            periods.AddColumn(new TableColumn("P90").RightAligned());
            foreach (var b in kgi.Periods)
            {
                periods.AddRow(Esc(b.Period.Label) + (b.Observed ? (l.T(" (実績)", " (actual)")) : ""), V(b.Band.P10, unit, l), V(b.Band.P50, unit, l), V(b.Band.P90, unit, l));
            }
            console.Write(periods);
        }
        console.WriteLine();
    }

    static void Beliefs(IAnsiConsole console, ForecastResult f, Language l)
    {
        if (f.Beliefs.IsEmpty) return;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Esc(l.T("前提の確かさ: 事前 → 実績 → 事後 (平均 [P10–P90])", "Beliefs: prior → observed → posterior (mean [P10–P90])"))) };
        table.AddColumn(l.T("指標", "metric"));
        table.AddColumn(l.T("事前", "prior"));
        table.AddColumn(l.T("実績", "observed"));
        table.AddColumn(l.T("事後", "posterior"));
        foreach (var b in f.Beliefs)
        {
            var unit = f.Plan.Find(b.Metric)?.Unit ?? Unit.Number;
            var observed = ForecastText.Observed(f, b, l) ?? "-";
            table.AddRow(Esc(f.Plan.Find(b.Metric)?.Label ?? b.Metric), $"{Range(b.Prior, unit, l)} [grey]{Esc(ForecastText.Basis(b.Basis, l))}[/]", Esc(observed), Range(b.Posterior, unit, l));
        }
        console.Write(table);
        console.WriteLine();
    }

    static void Contributions(IAnsiConsole console, ForecastResult f, Language l)
    {
        if (f.Contributions.IsEmpty) return;
        console.MarkupLine($"[bold]{(l.T("KGIのばらつきの要因", "What spreads the KGI"))}[/]");
        foreach (var c in f.Contributions)
        {
            var bar = new string('■', (int)Math.Round(c.Share * 20));
            console.MarkupLine($"  {Esc(ForecastText.Source(f, c.Source, l)),-28} [blue]{bar}[/] {ForecastFormat.Probability(c.Share)}");
        }
        console.WriteLine();
    }

    static void Confidence(IAnsiConsole console, ForecastResult f, Language l)
    {
        if (f.AtConfidence is not { } at || f.Kgi is not { } kgi) return;
        var lever = f.Plan.Find(at.Lever)!;
        var level = ForecastFormat.Level(at.Level);
        console.MarkupLine($"[bold]{(l.T($"逆算: 達成確率 {level} の計画", $"Back-calculated to a chance of {level}"))}[/]");
        console.MarkupLine(l.T($"  {Esc(lever.Label)} {Esc(Formatter.Format(at.BaselineLever, lever.Unit, l))} → {ForecastFormat.Probability(at.BaselineProbability)}、[bold]{Esc(Formatter.Format(at.LeverTarget, lever.Unit, l))}[/] → [bold]{ForecastFormat.Probability(at.Probability)}[/]", $"  {Esc(Formatter.Format(at.BaselineLever, lever.Unit, l))} {Esc(lever.Label)} → {ForecastFormat.Probability(at.BaselineProbability)}; [bold]{Esc(Formatter.Format(at.LeverTarget, lever.Unit, l))}[/] → [bold]{ForecastFormat.Probability(at.Probability)}[/]"));
        if (!at.Reached)
        {
            console.MarkupLine(l.T($"  [red]{Esc(lever.Label)} をどれだけ増やしても {level} に届きません[/]", $"  [red]no number of {Esc(lever.Label)} reaches {level}[/]"));
        }
        if (at.PlanningTarget is { } planning)
        {
            var unit = kgi.Metric.Metric.Unit;
            console.MarkupLine(l.T($"  [grey]期待される率で {Esc(Formatter.Format(planning, unit, l))} を目指して逆算した計画 (目標 {Esc(Formatter.Format(kgi.Target, unit, l))} に余裕を持たせた線):[/]", $"  [grey]the plan back-calculated at the expected rates to {Esc(Formatter.Format(planning, unit, l))} (headroom over the {Esc(Formatter.Format(kgi.Target, unit, l))} target):[/]"));
        }
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(l.T("指標 / アクション", "metric / action"));
        table.AddColumn(new TableColumn(l.T("現計画", "now")).RightAligned());
        table.AddColumn(new TableColumn($"{level}").RightAligned());
        table.AddColumn(new TableColumn(l.T("負荷", "load")).RightAligned());
        foreach (var m in at.Plan.Metrics.Where(m => m.Metric.Role is not null && m.Metric.Unit.Kind != UnitKind.Ratio))
        {
            var before = f.Review.Baseline.Metric(m.Id)?.Target;
            table.AddRow(Esc(m.Metric.Label), Esc(Formatter.Format(before, m.Metric.Unit, l)), Esc(Formatter.Format(m.Target, m.Metric.Unit, l)), "");
        }
        foreach (var a in at.Plan.Actions)
        {
            var before = f.Review.Baseline.Action(a.Id)?.Volume;
            var unit = a.Action.Unit;
            var load = a.Load is { } x ? Formatter.Percent(Math.Round(x, 3)) : "-";
            var style = a.Load is > 1 ? "red" : "default";
            table.AddRow(Esc(a.Action.Name ?? a.Id), Esc(Formatter.Format(before, unit, l)), Esc(Formatter.Format(a.Volume, unit, l)), $"[{style}]{Esc(load)}[/]");
        }
        console.Write(table);
        foreach (var finding in at.NewFindings)
            console.MarkupLine($"  [red]{(l.T("その計画では", "that plan"))}: {Esc(finding.Message.In(l))}[/] [grey]({finding.Rule.Id})[/]");
        console.WriteLine();
    }

    static string Range(Spread s, Unit unit, Language l) => Esc($"{ForecastFormat.Value(s.Mean, unit, l)} [{ForecastFormat.Value(s.P10, unit, l)}–{ForecastFormat.Value(s.P90, unit, l)}]");

    static string V(double v, Unit unit, Language l) => Esc(ForecastFormat.Value(v, unit, l));

    static string Esc(string s) => Markup.Escape(s);
}
