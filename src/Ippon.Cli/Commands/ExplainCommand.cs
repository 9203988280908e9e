using System.CommandLine;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;
using Spectre.Console;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon explain FILE METRIC [--member NAME]</c>: the whole chain of formulas from the KGI down to one target, as it goes into an approval request.</summary>
public static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var metric = new Argument<string>("METRIC") { Description = "The metric id whose target to explain / 説明する指標ID" };
        var member = new Option<string?>("--member") { Description = "For a metric over dimensions: the member (e.g. 田中) / メンバー" };
        var command = new Command("explain", "Show the chain of formulas that gives a target (逆算の根拠) / 目標の逆算の根拠") { file, metric, member, context.PlanOptions.Scenario, context.PlanOptions.Set };
        command.SetAction(parse =>
        {
            var l = Cli.LanguageOf(parse);
            var plan = PlanInput.Read(parse.GetValue(file)!, context, l);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), parse.GetValue(context.PlanOptions.Set) ?? [], context, l);
            if (options is null) return Cli.BadInput;
            var id = parse.GetValue(metric)!;
            var result = PlanCalculator.Calculate(plan, options with { ExplainUpTo = int.MaxValue });
            if (result.Metric(id) is not { } m)
            {
                var suggestion = PlanModel.Suggest(id, plan.Metrics.Select(x => x.Id));
                context.Error.WriteLine(l.T($"ippon: '{id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}", $"ippon: no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}"));
                return Cli.BadInput;
            }
            var cell = 0;
            if (parse.GetValue(member) is { } name)
            {
                cell = m.CellOf(name);
                if (cell < 0)
                {
                    context.Error.WriteLine(l.T($"ippon: {id} にメンバー '{name}' はありません ({m.Shape})", $"ippon: {id} has no member '{name}' ({m.Shape})"));
                    return Cli.BadInput;
                }
            }
            var console = context.Console;
            var label = m.Shape.IsScalar ? m.Metric.Label : $"{m.Metric.Label} [{m.Shape.Label(cell)}]";
            console.MarkupLine($"[bold]{Markup.Escape(label)}[/] ({Markup.Escape(id)}): {PlanWords.Target.In(l)} [bold]{Markup.Escape(Formatter.Format(m.Targets[cell], m.Metric.Unit, l))}[/]");
            var chain = Explain.Steps(result, m, l, cell);
            if (chain.Count == 0)
            {
                console.MarkupLine(m.Sources[cell] == TargetSource.Explicit
                    ? (l.T("計画に書かれた目標です (逆算ではありません)", "a target written in the plan (not back-calculated)"))
                    : (l.T("この指標には目標がありません", "this metric has no target")));
                return result.HasErrors ? Cli.PlanErrors : Cli.Ok;
            }
            foreach (var step in chain)
                console.MarkupLine($"  {Markup.Escape(step)}");
            return result.HasErrors ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
