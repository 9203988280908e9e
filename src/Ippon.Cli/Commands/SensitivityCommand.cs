using System.CommandLine;
using Ippon.Cli.Output;
using Ippon.Numbers;
using Ippon.Reporting;
using Ippon.Sensitivity;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon sensitivity FILE [--step 10%] [--json]</c>: each assumption and planned input moved both ways, ranked by its effect on the KGI (a tornado).</summary>
public static class SensitivityCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var step = new Option<string>("--step") { Description = "How far to move each input, both ways (default 10%) / 変化幅", DefaultValueFactory = _ => "10%" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("sensitivity", "Rank the inputs by their effect on the KGI (tornado) / 感度分析")
        {
            file, step, context.PlanOptions.Scenario, context.PlanOptions.Set, json,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var text = parse.GetValue(step)!;
            if (!NumberText.TryParse(text, out var size) || size <= 0 || size >= 1)
            {
                var hint = NumberText.TryParse(text, out var n) && n >= 1 && n < 100 && !text.Contains('%', StringComparison.Ordinal) ? $" ({language.T("例えば", "did you mean")} {text}%?)" : "";
                context.Error.WriteLine(language.T($"ippon: --step は 0% より大きく 100% より小さい割合で指定してください (例: 10%)。'{text}' は使えません{hint}", $"ippon: --step expects a percentage above 0% and below 100% such as 10%, found '{text}'{hint}"));
                return Cli.BadInput;
            }
            var plan = PlanInput.Read(parse.GetValue(file)!, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), parse.GetValue(context.PlanOptions.Set) ?? [], context, language);
            if (options is null) return Cli.BadInput;
            var result = SensitivityAnalysis.Run(plan, size, options);
            if (parse.GetValue(json)) context.Out.WriteLine(SensitivityJson.Serialize(result, language));
            else SensitivityView.Render(context.Console, result, language);
            return result.Baseline.HasErrors ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
