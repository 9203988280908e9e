using System.CommandLine;
using Ippon.Calculation;
using Ippon.Cli.Output;
using Ippon.Reporting;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon plan FILE [--scenario NAME] [--set ID=NUMBER ...] [--json]</c>: the whole line from the KGI to today's actions.</summary>
public static class PlanCommand
{
    public static readonly Argument<string> FileArgument = new("FILE") { Description = "The plan file (YAML) / 計画ファイル" };

    public static readonly Option<string?> ScenarioOption = new("--scenario") { Description = "Calculate a named scenario (e.g. stretch) / シナリオ" };

    public static readonly Option<string[]> SetOption = new("--set")
    {
        Description = "Override a value or target: --set win_rate=15% (repeatable) / 値の上書き",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    public static readonly Option<bool> JsonOption = new("--json") { Description = "Print JSON instead of the tree" };

    static readonly Option<string?> s_member = new("--member") { Description = "Show the plan as one member sees it (e.g. a rep: 田中) / メンバー別" };

    static readonly Option<string?> s_by = new("--by") { Description = "Show a table by a dimension (e.g. region) / 次元別の表" };

    public static Command Create(CliContext context)
    {
        var command = new Command("plan", "Back- and forward-calculate a plan and print the tree with targets, plans, actions and findings / 逆算してツリーを表示")
        {
            FileArgument, ScenarioOption, SetOption, JsonOption, s_member, s_by,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var plan = PlanInput.Read(parse.GetValue(FileArgument)!, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(ScenarioOption), parse.GetValue(SetOption) ?? [], context, language);
            if (options is null) return Cli.BadInput;
            var result = PlanCalculator.Calculate(plan, options);
            if (parse.GetValue(s_member) is { } member)
            {
                var found = plan.Dimensions.Select(d => (Dimension: d, Index: d.IndexOf(member))).Where(x => x.Index >= 0).ToList();
                if (found.Count == 0)
                {
                    context.Error.WriteLine(language == Numbers.Language.Ja
                        ? $"ippon: '{member}' はどの次元のメンバーでもありません ({string.Join(", ", plan.Dimensions.Select(d => d.Name))})"
                        : $"ippon: '{member}' is not a member of any dimension ({string.Join(", ", plan.Dimensions.Select(d => d.Name))})");
                    return Cli.BadInput;
                }
                MembersView.Member(context.Console, result, found[0].Dimension, found[0].Index, language);
            }
            else if (parse.GetValue(s_by) is { } by)
            {
                if (plan.FindDimension(by) is not { } dimension)
                {
                    context.Error.WriteLine(language == Numbers.Language.Ja
                        ? $"ippon: 次元 '{by}' はありません。この計画の次元: {string.Join(", ", plan.Dimensions.Select(d => d.Name))}"
                        : $"ippon: no dimension '{by}'; the plan has: {string.Join(", ", plan.Dimensions.Select(d => d.Name))}");
                    return Cli.BadInput;
                }
                MembersView.By(context.Console, result, dimension, language);
            }
            else if (parse.GetValue(JsonOption))
            {
                context.Out.WriteLine(PlanJson.Serialize(result, language));
            }
            else
            {
                PlanView.Render(context.Console, result, language);
            }
            return result.HasErrors ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
