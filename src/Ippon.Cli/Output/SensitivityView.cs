using Ippon.Numbers;
using Ippon.Sensitivity;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The terminal tornado: one row per input, the KGI at −step on the left and at +step on the right, largest swing first, with the elasticity.</summary>
public static class SensitivityView
{
    const int HalfWidth = 20;

    public static void Render(IAnsiConsole console, SensitivityResult r, Language l)
    {
        var step = Formatter.Percent(r.Step);
        if (r.Kgi is not { PlannedValue: { } kgiPlan } kgi)
        {
            console.MarkupLine(l.T("[yellow]KGIの計画値がないため感度を計算できません[/]", "[yellow]the KGI has no planned value, so there is nothing to measure against[/]"));
            FindingsView.Render(console, r.Baseline, l, withSummary: true);
            return;
        }
        var unit = kgi.Metric.Unit;
        console.MarkupLine($"[bold]{Markup.Escape(r.Baseline.Plan.Title)}[/]  " + (l.T($"[blue]感度分析[/]: 各前提・計画値を ±{step} 動かしたときの {Markup.Escape(kgi.Metric.Label)} (計画 {Markup.Escape(Formatter.Format(kgiPlan, unit, l))})", $"[blue]sensitivity[/]: {Markup.Escape(kgi.Metric.Label)} (planned {Markup.Escape(Formatter.Format(kgiPlan, unit, l))}) with each input moved ±{step}")));
        console.MarkupLine(l.T("[grey]他の入力はすべて計画値に固定 (目標どおりに計画された入力も)[/]", "[grey]every other input held at its planned value (inputs planned at their target included)[/]"));
        var max = r.Factors.Select(f => Math.Max(Math.Abs(f.EffectLow ?? 0), Math.Abs(f.EffectHigh ?? 0))).DefaultIfEmpty(0).Max();
        var table = new Table { Border = TableBorder.None, ShowHeaders = true };
        table.AddColumn(l.T("入力", "input"));
        table.AddColumn(new TableColumn($"−{step}").RightAligned());
        table.AddColumn(new TableColumn("").RightAligned());
        table.AddColumn(new TableColumn("").LeftAligned());
        table.AddColumn(new TableColumn($"+{step}").LeftAligned());
        table.AddColumn(new TableColumn(l.T("弾力性", "elasticity")).RightAligned());
        foreach (var f in r.Factors)
        {
            var fu = f.Metric.Unit;
            table.AddRow(
                $"{Markup.Escape(f.Metric.Label)} [grey]{Markup.Escape(Formatter.Format(f.Low, fu, l))}…{Markup.Escape(Formatter.Format(f.High, fu, l))}[/]",
                Markup.Escape(Formatter.Format(f.KgiLow, unit, l)),
                Bar(f.EffectLow, max, left: true),
                "│" + Bar(f.EffectHigh, max, left: false),
                Markup.Escape(Formatter.Format(f.KgiHigh, unit, l)),
                f.Elasticity is { } e ? Formatter.Plain(e) : "—");
        }
        console.Write(table);
        if (r.Factors.Length > 0)
        {
            var top = r.Factors[0];
            console.MarkupLine(Markup.Escape(l.T($"最も効くのは {top.Metric.Label}: 1% 動くと {kgi.Metric.Label} が {Formatter.Plain(top.Elasticity ?? 0)}% 動きます", $"{top.Metric.Label} matters most: 1% of it moves {kgi.Metric.Label} by {Formatter.Plain(top.Elasticity ?? 0)}%")));
        }
        console.WriteLine();
        FindingsView.Render(console, r.Baseline, l, withSummary: true);
    }

    static string Bar(decimal? effect, decimal max, bool left)
    {
        if (effect is not { } e || max == 0) return "";
        var cells = (int)Math.Round(Math.Abs(e) / max * HalfWidth);
        var bar = new string('█', cells);
        var colour = e < 0 ? "red" : "green";
        return $"[{colour}]{bar}[/]";
    }
}
