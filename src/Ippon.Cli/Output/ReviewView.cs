using System.Globalization;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The terminal view of a review: the KGI's landing, plan vs actual per period, observed rates, the re-plan, the KPIs to act on, the plan's history.</summary>
public static class ReviewView
{
    public static void Render(IAnsiConsole console, ReviewResult review, IReadOnlyList<Finding> extraFindings, Language l)
    {
        var asOf = review.AsOf;
        var elapsed = asOf.Index + 1;
        console.MarkupLine($"[bold]{Esc(review.Plan.Title)}[/]  " + (l.T($"[blue]{asOf.Label} 時点のレビュー[/] [grey]({Date(review.Calendar.Periods[0].Start)} – {Date(asOf.End)}、{elapsed}/{review.Calendar.Count} 期)[/]", $"[blue]review as of {asOf.Label}[/] [grey]({Date(review.Calendar.Periods[0].Start)} – {Date(asOf.End)}, {elapsed} of {review.Calendar.Count} periods)[/]")));
        if (review.Baseline.Scenario is { } s) console.MarkupLine($"[grey]{(l.T("シナリオ", "scenario"))}: {Esc(s)}[/]");
        console.WriteLine();
        Landing(console, review, l);
        PlanVsActual(console, review, l);
        Quality(console, review, l);
        Replan(console, review, l);
        Focus(console, review, l);
        History(console, review, l);
        console.WriteLine();
        FindingsView.Render(console, [.. review.Findings, .. extraFindings], l, withSummary: true);
    }

    static void Landing(IAnsiConsole console, ReviewResult review, Language l)
    {
        if (review.Kgi is not { } k || review.Baseline.Kgi is not { } kgi) return;
        var unit = kgi.Metric.Unit;
        var gap = k.ForecastGap;
        var style = gap is < 0 ? "red" : "green";
        console.MarkupLine($"[bold magenta]KGI[/] [bold]{Esc(kgi.Metric.Label)}[/]  {PlanWords.Target.In(l)} [bold]{F(k.Target, unit, l)}[/]  "
            + $"{(l.T("着地予測", "landing"))} [bold {style}]{F(k.Forecast, unit, l)}[/] [{style}]({(l.T("差", "gap"))} {Signed(gap, unit, l)})[/]  "
            + $"[grey]{(l.T("現ペースなら", "at the pace to date"))} {F(k.ForecastRunRate, unit, l)}[/]");
        console.MarkupLine($"[grey]{(l.T("今期まで", "to date"))}: {(l.T("計画", "plan"))} {F(k.PlannedToDate, unit, l)} / {(l.T("実績", "actual"))} {F(k.ActualToDate, unit, l)} ({Signed(k.GapToDate, unit, l)})[/]");
        if (!k.AssumedOnPlan.IsEmpty)
        {
            var names = string.Join(l.T("、", ", "), k.AssumedOnPlan.Select(id => review.Plan.Find(id)?.Label ?? id));
            console.MarkupLine($"[grey]{(l.T($"※ 実績のない {Esc(names)} は計画どおりとみなしています", $"note: {Esc(names)} ha{(k.AssumedOnPlan.Length == 1 ? "s" : "ve")} no actuals and {(k.AssumedOnPlan.Length == 1 ? "is" : "are")} taken as planned"))}[/]");
        }
        console.WriteLine();
    }

    // Quantities that matter to a manager: the KGI, KSFs, KPIs and computed volumes.
    static IEnumerable<MetricReview> Volumes(ReviewResult review) =>
        review.Metrics.Where(m => !m.IsQuality && (m.Metric.Metric.Role is not null || m.Metric.Metric.Formula is not null));

    static void PlanVsActual(IAnsiConsole console, ReviewResult review, Language l)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(l.T("計画 vs 実績 (実績 / 計画)", "Plan vs actual (actual / plan)")) };
        table.AddColumn(l.T("指標", "metric"));
        var shown = Window(review);
        foreach (var p in shown) table.AddColumn(new TableColumn(p.Label).RightAligned());
        table.AddColumn(new TableColumn(l.T("累計計画", "plan to date")).RightAligned());
        table.AddColumn(new TableColumn(l.T("累計実績", "actual to date")).RightAligned());
        table.AddColumn(new TableColumn(l.T("達成率", "attained")).RightAligned());
        table.AddColumn(review.Calendar.Count <= MaxColumns ? (l.T("計画▮実績", "plan▮actual")) : (l.T("実績 (先は計画)", "actual (then plan)")));
        table.AddColumn(l.T("年間の進捗", "progress over the horizon"));
        foreach (var m in Volumes(review))
        {
            var unit = m.Metric.Metric.Unit;
            var cells = new List<string> { Name(m, l) };
            foreach (var p in shown.Select(x => m.Periods[x.Index]))
            {
                cells.Add(p.Actual is null
                    ? $"[grey]{F(p.Plan, unit, l)}[/]"
                    : $"{Colour(p.Attainment)}{F(p.Actual, unit, l)}[/] [grey]/ {F(p.Plan, unit, l)}[/]");
            }
            cells.Add(F(m.PlannedToDate, unit, l));
            cells.Add(F(m.ActualToDate, unit, l));
            cells.Add(m.Attainment is { } a ? $"{Colour(a)}{Formatter.Percent(a)}[/]" : "—");
            var max = m.Periods.Max(p => Math.Max(p.Plan ?? 0, p.Actual ?? 0));
            // A pair (plan, actual) per period; with many periods one block each: the actual where known, else the plan in grey.
            cells.Add(m.Periods.Length <= MaxColumns
                ? string.Join(" ", m.Periods.Select(p => $"[grey]{Bars.Spark(p.Plan, max)}[/]{Colour(p.Attainment)}{Bars.Spark(p.Actual, max)}[/]"))
                : string.Concat(m.Periods.Select(p => p.Actual is null ? $"[grey]{Bars.Spark(p.Plan, max)}[/]" : $"{Colour(p.Attainment)}{Bars.Spark(p.Actual, max)}[/]")));
            if (m.ActualToDate is { } actual && m.PlannedToDate is { } byNow && m.Metric.PlannedValue is { } total && total > 0)
            {
                var (reached, shortfall, rest) = Bars.Progress(actual, byNow, total, 16);
                cells.Add($"[green]{reached}[/][red]{shortfall}[/][grey]{rest}[/] {Formatter.Percent(actual / total)}");
            }
            else
            {
                cells.Add("");
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    const int MaxColumns = 6;

    // Monthly plans have too many periods for one row: show the last closed ones and the next ones around the review's date.
    static List<Periods.Period> Window(ReviewResult review)
    {
        var all = review.Calendar.Periods;
        if (all.Length <= MaxColumns) return [.. all];
        var first = Math.Clamp(review.AsOf.Index - 3, 0, all.Length - MaxColumns);
        return [.. all.Skip(first).Take(MaxColumns)];
    }

    static void Quality(IAnsiConsole console, ReviewResult review, Language l)
    {
        var rates = review.Metrics.Where(m => m.IsQuality && m.Metric.ConnectedToKgi).ToList();
        if (rates.Count == 0) return;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(l.T("質の指標: 前提 vs 実績", "Quality metrics: assumed vs observed")) };
        table.AddColumn(l.T("指標", "metric"));
        table.AddColumn(new TableColumn(l.T("前提", "assumed")).RightAligned());
        table.AddColumn(new TableColumn(l.T("実績", "observed")).RightAligned());
        table.AddColumn(new TableColumn(l.T("達成率", "vs assumed")).RightAligned());
        var closed = Window(review).Where(p => p.Index <= review.AsOf.Index).ToList();
        foreach (var p in closed) table.AddColumn(new TableColumn(p.Label).RightAligned());
        table.AddColumn(l.T("根拠", "from"));
        foreach (var m in rates)
        {
            var unit = m.Metric.Metric.Unit;
            var cells = new List<string>
            {
                Esc(m.Metric.Metric.Label),
                F(m.PlannedToDate, unit, l),
                m.Observed is { } o ? $"{Colour(m.Attainment)}{F(o, unit, l)}[/]" : "—",
                m.Attainment is { } a ? $"{Colour(a)}{Formatter.Percent(a)}[/]" : "—",
            };
            cells.AddRange(closed.Select(p => F(m.Periods[p.Index].Actual, unit, l)));
            cells.Add($"[grey]{Esc(From(review, m, l))}[/]");
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    static string From(ReviewResult review, MetricReview m, Language l) => m.Source switch
    {
        ActualSource.Given => l.T("実績ファイル", "actuals file"),
        ActualSource.Computed => $"= {m.Metric.Metric.Formula?.Text}",
        ActualSource.Solved when review.Plan.Find(m.SolvedFrom ?? "") is { Formula: { } f } parent =>
            l.T($"{parent.Id} = {f.Text} から逆算", $"solved from {parent.Id} = {f.Text}"),
        _ => l.T("実績から決まりません", "not determined by the actuals"),
    };

    static void Replan(IAnsiConsole console, ReviewResult review, Language l)
    {
        var future = review.Calendar.Periods.Where(p => p.Index > review.AsOf.Index).Take(MaxColumns).ToList();
        var title = l.T("着地予測と再計画 (実績の率で逆算し直した目標)", "Landing and re-plan (targets back-calculated with the observed rates)");
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(title) };
        table.AddColumn(l.T("指標", "metric"));
        table.AddColumn(new TableColumn(l.T("当初目標", "target")).RightAligned());
        table.AddColumn(new TableColumn(l.T("着地 (計画どおり)", "landing (as planned)")).RightAligned());
        table.AddColumn(new TableColumn(l.T("着地 (現ペース)", "landing (pace to date)")).RightAligned());
        table.AddColumn(new TableColumn(l.T("再計画目標", "re-planned")).RightAligned());
        table.AddColumn(new TableColumn(l.T("残り", "remaining")).RightAligned());
        foreach (var p in future) table.AddColumn(new TableColumn(p.Label).RightAligned());
        foreach (var m in Volumes(review))
        {
            var unit = m.Metric.Metric.Unit;
            var moved = m.ReplannedTarget != m.Metric.Target;
            var cells = new List<string>
            {
                Name(m, l),
                F(m.Metric.Target, unit, l),
                Landing(m.Forecast, m.Metric.Target, m.Metric.Metric.Direction, unit, l),
                Landing(m.ForecastRunRate, m.Metric.Target, m.Metric.Metric.Direction, unit, l),
                moved ? $"[bold yellow]{F(m.ReplannedTarget, unit, l)}[/]" : F(m.ReplannedTarget, unit, l),
                F(m.Remaining, unit, l),
            };
            cells.AddRange(future.Select(p => F(m.Periods[p.Index].Replanned, unit, l)));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        if (review.Calendar.Count - review.AsOf.Index - 1 > future.Count)
            console.MarkupLine($"[grey]{(l.T($"残りの期間の再計画は --json の periods にあります", "the re-plan of the later periods is in --json (periods)"))}[/]");
        if (!review.Observed.IsEmpty)
        {
            var changes = review.Observed.Select(o =>
            {
                var r = review.Baseline.Metric(o.Metric)!;
                return $"{r.Metric.Label} {F(r.PlannedValue, r.Metric.Unit, l)} → {F(o.Value, r.Metric.Unit, l)}";
            });
            console.MarkupLine($"[grey]{(l.T("再計画で置き換えた前提", "assumptions replaced by observed values"))}: {Esc(string.Join(l.T("、", ", "), changes))}[/]");
        }
        console.WriteLine();
    }

    static string Landing(decimal? landing, decimal? target, Direction direction, Unit unit, Language l)
    {
        if (landing is not { } v) return "—";
        if (target is not { } t) return F(v, unit, l);
        var bad = direction == Direction.Down ? v > t : v < t;
        return $"[{(bad ? "red" : "green")}]{F(v, unit, l)}[/]";
    }

    static void Focus(IAnsiConsole console, ReviewResult review, Language l)
    {
        console.MarkupLine($"[bold]{(l.T("打ち手: KGIの差を説明する指標 (対応する順)", "Act on: the metrics that explain the KGI's gap, in order"))}[/]");
        if (review.Focus.IsEmpty && review.BehindToDate)
        {
            console.MarkupLine(l.T("[yellow]KGIは計画を下回っていますが、どの指標が原因かは実績から分けられません (KPIとその率の実績を加えてください)[/]", "[yellow]the KGI is behind plan, but the actuals do not say which metrics explain it (add actuals for the KPIs and their rates)[/]"));
        }
        else if (review.Focus.IsEmpty && review.Kgi?.GapToDate is null)
        {
            console.MarkupLine(l.T("[yellow]KGIの実績が実績から決まらないため、差を指標に分けられません (KGIかその入力の実績を加えてください)[/]", "[yellow]the actuals do not determine the KGI, so its gap cannot be split (add actuals for the KGI or its inputs)[/]"));
        }
        else if (review.Focus.IsEmpty)
        {
            console.MarkupLine(l.T("[green]✔ KGIは計画どおりかそれ以上のペースです[/]", "[green]✔ the KGI is on or ahead of plan[/]"));
        }
        for (var i = 0; i < review.Focus.Length; i++)
        {
            var f = review.Focus[i];
            var metric = review.Plan.Find(f.Metric);
            var via = f.Kpi is not null && f.Kpi != f.Metric ? $" [grey](→ {Esc(review.Plan.Find(f.Kpi)?.Label ?? f.Kpi)})[/]" : "";
            var bar = Bars.Horizontal(f.Share, 10);
            console.MarkupLine($" {i + 1}. [bold]{Esc(metric?.Label ?? f.Metric)}[/]{via} [red]{bar}[/] {Formatter.Percent(f.Share)}");
            console.MarkupLine($"    [grey]{Esc(f.Reason.In(l))}[/]");
        }
        console.WriteLine();
    }

    static void History(IAnsiConsole console, ReviewResult review, Language l)
    {
        if (review.Revisions.IsEmpty) return;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(l.T("計画の変遷", "How the plan moved")) };
        table.AddColumn(l.T("日付", "date"));
        table.AddColumn(l.T("期間", "period"));
        table.AddColumn(l.T("理由", "reason"));
        table.AddColumn(l.T("変更", "changes"));
        foreach (var r in review.Revisions)
        {
            var changes = r.Changes.Select(c =>
            {
                var unit = review.Plan.Find(c.Metric)?.Unit ?? Unit.Number;
                return $"{c.Metric}{(c.Field == "value" ? "" : $" ({c.Field})")}: {F(c.From, unit, l)} → {F(c.To, unit, l)}";
            });
            table.AddRow(Date(r.Date), Esc(r.Period ?? ""), Esc(r.Reason), Esc(string.Join("\n", changes)));
        }
        console.Write(table);
    }

    static string Name(MetricReview m, Language l)
    {
        var metric = m.Metric.Metric;
        var role = PlanWords.Role(metric, l);
        return $"[grey]{Esc(role)}[/] {Esc(metric.Label)}";
    }

    static string Colour(decimal? attainment) => attainment switch
    {
        null => "[default]",
        >= 1m => "[green]",
        >= 0.9m => "[yellow]",
        _ => "[red]",
    };

    static string Signed(decimal? v, Unit unit, Language l) => v switch
    {
        null => "—",
        0 => "±0",
        > 0 => "+" + F(v, unit, l),
        _ => F(v, unit, l),
    };

    static string F(decimal? v, Unit unit, Language l) => Esc(Formatter.Format(v, unit, l));

    static string Esc(string s) => Markup.Escape(s);

    static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
