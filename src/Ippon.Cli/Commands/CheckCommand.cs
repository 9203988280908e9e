using System.CommandLine;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Cli.Output;
using Ippon.Reporting;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon check FILE [--scenario NAME] [--strict] [--json]</c>: the findings only, for CI; with a scenario, that scenario's own findings (the stretch's over-capacity).</summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too / 警告でも失敗" };
        var command = new Command("check", "Check a plan and print its findings / 計画をチェック") { file, context.PlanOptions.Scenario, strict, json };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var plan = PlanInput.Read(parse.GetValue(file)!, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), [], context, language);
            if (options is null) return Cli.BadInput;
            var result = PlanCalculator.Calculate(plan, options);
            if (parse.GetValue(json)) context.Out.WriteLine(PlanJson.Serialize(result, language));
            else FindingsView.Render(context.Console, result, language, withSummary: true);
            var failed = result.HasErrors || (parse.GetValue(strict) && result.Findings.Any(f => f.Severity == Severity.Warning));
            return failed ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
