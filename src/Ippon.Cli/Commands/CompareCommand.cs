using System.CommandLine;
using Ippon.Cli.Output;
using Ippon.Comparison;
using Ippon.Reporting;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon compare FILE --scenario base --scenario stretch [--json]</c>: targets and planned values side by side, the KPI next to its OKR stretch.</summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var scenarios = new Option<string[]>("--scenario")
        {
            Description = "A scenario to compare (repeatable; base = the plan without overrides). Default: base and every scenario / 比較するシナリオ",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("compare", "Compare scenarios side by side: KPI (must hit) and OKR stretch (try for) / シナリオ比較") { file, scenarios, json };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var plan = PlanInput.Read(parse.GetValue(file)!, context, language);
            if (plan is null) return Cli.BadInput;
            var comparison = ScenarioComparison.Run(plan, parse.GetValue(scenarios) ?? [], out var unknown);
            if (comparison is null)
            {
                context.Error.WriteLine($"ippon: {unknown!.In(language)}");
                return Cli.BadInput;
            }
            if (parse.GetValue(json)) context.Out.WriteLine(CompareJson.Serialize(comparison, language));
            else CompareView.Render(context.Console, comparison, language);
            return comparison.HasErrors ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
