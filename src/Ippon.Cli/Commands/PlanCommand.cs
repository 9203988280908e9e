using System.CommandLine;
using Ippon.Calculation;
using Ippon.Cli.Output;
using Ippon.Numbers;
using Ippon.Reporting;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon plan FILE [--scenario NAME] [--set ID=NUMBER ...] [--json]</c>: the whole line from the KGI to today's actions.</summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var (file, scenario, set) = (context.PlanOptions.File, context.PlanOptions.Scenario, context.PlanOptions.Set);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of the tree" };
        var memberOption = new Option<string?>("--member") { Description = "Show the plan as one member sees it (e.g. a rep: 田中) / メンバー別" };
        var byOption = new Option<string?>("--by") { Description = "Show a table by a dimension (e.g. region) / 次元別の表" };
        var command = new Command("plan", "Back- and forward-calculate a plan and print the tree with targets, plans, actions and findings / 逆算してツリーを表示")
        {
            file, scenario, set, json, memberOption, byOption,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var plan = PlanInput.Read(parse.GetValue(file)!, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(scenario), parse.GetValue(set) ?? [], context, language);
            if (options is null) return Cli.BadInput;
            var result = PlanCalculator.Calculate(plan, options);
            if (parse.GetValue(memberOption) is { } member)
            {
                if (MemberOption.Find(plan, member, context, language) is not { } found) return Cli.BadInput;
                MembersView.Member(context.Console, result, found.Dimension, found.Index, language);
            }
            else if (parse.GetValue(byOption) is { } by)
            {
                if (plan.FindDimension(by) is not { } dimension)
                {
                    context.Error.WriteLine(language.T($"ippon: 次元 '{by}' はありません。この計画の次元: {string.Join(", ", plan.Dimensions.Select(d => d.Name))}", $"ippon: no dimension '{by}'; the plan has: {string.Join(", ", plan.Dimensions.Select(d => d.Name))}"));
                    return Cli.BadInput;
                }
                MembersView.By(context.Console, result, dimension, language);
            }
            else if (parse.GetValue(json))
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
