using System.CommandLine;
using Ippon.Cli.Output;
using Ippon.Export;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Optimize;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon optimize FILE [--objective cost|hours|kgi] [--budget 500万] [--json] [--write OUT [--force]]</c>: the cheapest (or leanest, or most effective) action mix that fits the teams.</summary>
/// <remarks>Exit codes: 0 a mix fits; 1 none fits (the smallest fixes are shown); 2 the file or an option cannot be used, or the plan cannot be optimized as written.</remarks>
public static class OptimizeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var objective = new Option<string>("--objective") { Description = "cost (default), hours or kgi / 目的: 費用・工数・KGI", DefaultValueFactory = _ => "cost" };
        var budget = new Option<string?>("--budget") { Description = "The most the actions may cost together, e.g. 500万 / 予算" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var write = new Option<string?>("--write") { Description = "Write the plan with the optimal volumes to this file / 最適な量で計画を書き出す" };
        var force = new Option<bool>("--force") { Description = "Overwrite --write's file if it exists / 上書き" };
        var command = new Command("optimize", "The cheapest action mix that covers every KPI within the teams' hours, or the smallest fix / 最適化")
        {
            file, objective, budget, context.PlanOptions.Scenario, context.PlanOptions.Set, json, write, force,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var goal = parse.GetValue(objective) switch
            {
                "cost" => Objective.Cost,
                "hours" => Objective.Hours,
                "kgi" => Objective.Kgi,
                _ => (Objective?)null,
            };
            if (goal is null)
            {
                context.Error.WriteLine(language.T($"ippon: --objective は cost, hours, kgi のどれかです ('{parse.GetValue(objective)}' は使えません)", $"ippon: --objective expects cost, hours or kgi, found '{parse.GetValue(objective)}'"));
                return Cli.BadInput;
            }
            decimal? limit = null;
            if (parse.GetValue(budget) is { } text)
            {
                if (!NumberText.TryParse(text, out var amount) || amount < 0)
                {
                    context.Error.WriteLine(language.T($"ippon: --budget には 0 以上の金額を指定してください (例: 500万)。'{text}' は使えません", $"ippon: --budget expects an amount of at least 0 such as 500万 or 5000000, found '{text}'"));
                    return Cli.BadInput;
                }
                limit = amount;
            }
            if (goal == Objective.Kgi && limit is null)
            {
                context.Error.WriteLine(language.T("ippon: --objective kgi には --budget (予算) が必要です (例: --budget 500万)", "ippon: --objective kgi needs --budget (e.g. --budget 5000000)"));
                return Cli.BadInput;
            }
            var path = parse.GetValue(file)!;
            var plan = PlanInput.Read(path, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), parse.GetValue(context.PlanOptions.Set) ?? [], context, language);
            if (options is null) return Cli.BadInput;

            var result = ActionMixOptimizer.Run(plan, new OptimizeOptions { Objective = goal.Value, Budget = limit }, options);
            if (parse.GetValue(json)) context.Out.WriteLine(OptimizeJson.Serialize(result, language));
            else OptimizeView.Render(context.Console, result, language);
            if (result.Status == SolveStatus.Unsupported)
            {
                context.Error.WriteLine($"ippon: {path}: {OptimizeSummary.Of(result).In(language)}");
                return Cli.BadInput;
            }
            if (!result.HasMix) return Cli.PlanErrors;
            if (parse.GetValue(write) is { } output)
            {
                if ((File.Exists(output) || Directory.Exists(output)) && !parse.GetValue(force))
                {
                    context.Error.WriteLine(language.T($"ippon: {output} は既にあります。上書きしません。別のファイル名にするか --force を付けてください", $"ippon: {output} already exists and was left as it is; choose another name or add --force"));
                    return Cli.BadInput;
                }
                if (OutputFile.WriteText(output, PlanWriter.Write(result.Optimized!)) is { } error)
                {
                    context.Error.WriteLine($"ippon: {error.In(language)}");
                    return Cli.BadInput;
                }
                context.Error.WriteLine(language.T($"{output} に最適な量の計画を書き出しました", $"wrote the plan with the optimal volumes to {output}"));
            }
            return result.Verified?.HasErrors == true ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
