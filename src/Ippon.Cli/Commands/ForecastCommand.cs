using System.CommandLine;
using Ippon.Cli.Output;
using Ippon.Forecast;
using Ippon.Forecast.Reporting;
using Ippon.Numbers;
using Ippon.Review;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon forecast FILE [--actuals CSV] [--as-of P] [--confidence 80%] [--trials N] [--seed S] [--member 田中] [--json]</c>: how likely the KGI is, and what gives it the chosen probability.</summary>
public static class ForecastCommand
{
    /// <summary>The most trials a run may ask for: 10 million trials of the seed take minutes and gigabytes.</summary>
    public const int MaxTrials = 2_000_000;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var actuals = new Option<string?>("--actuals") { Description = "Actuals to date (CSV period,metric,value or a CRM export) / 実績CSV" };
        var asOf = new Option<string?>("--as-of") { Description = "Count actuals up to this period (Q1, M05, 2026-09); default: the last with actuals / 時点" };
        var confidence = new Option<string>("--confidence") { Description = "The chance to back-calculate the lever to (e.g. 80%, 90%) / 逆算する達成確率", DefaultValueFactory = _ => "80%" };
        var trials = new Option<int>("--trials") { Description = "Simulated years (default 10,000) / 試行回数", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same figures / 乱数シード", DefaultValueFactory = _ => 1 };
        var lever = new Option<string?>("--lever") { Description = "The input to back-calculate (default: the plan's bottom KPI, e.g. leads) / 逆算する指標" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var member = MemberOption.Create("Forecast one member of a plan over dimensions (e.g. rep 田中): its own plan, rates learnt from its own actuals / メンバー別の達成確率");
        var command = new Command("forecast", "How likely the KGI is, and what gives it a chosen probability / 達成確率と確率からの逆算")
        {
            file, actuals, asOf, confidence, trials, seed, lever, context.PlanOptions.Scenario, context.PlanOptions.Set, json, member,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var path = parse.GetValue(file)!;
            var plan = PlanInput.Read(path, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), parse.GetValue(context.PlanOptions.Set) ?? [], context, language);
            if (options is null) return Cli.BadInput;
            if (!NumberText.TryParse(parse.GetValue(confidence)!, out var level) || level is <= 0 or >= 1)
            {
                context.Error.WriteLine(language.T($"ippon: --confidence は 0% より大きく 100% より小さい確率です (例: 80%)。'{parse.GetValue(confidence)}' は使えません", $"ippon: --confidence expects a probability between 0% and 100% (e.g. 80%), found '{parse.GetValue(confidence)}'"));
                return Cli.BadInput;
            }
            var n = parse.GetValue(trials);
            if (n is < 1 or > MaxTrials)
            {
                context.Error.WriteLine(language.T($"ippon: --trials は 1 から {MaxTrials:N0} までの整数です ({n})", $"ippon: --trials expects a whole number from 1 to {MaxTrials:N0}, found {n}"));
                return Cli.BadInput;
            }
            if (parse.GetValue(lever) is { } id && plan.Find(id) is null)
            {
                context.Error.WriteLine(language.T($"ippon: --lever '{id}' という指標はありません", $"ippon: --lever names no metric '{id}'"));
                return Cli.BadInput;
            }
            var read = Actuals.Empty;
            int? at = null;
            if (parse.GetValue(actuals) is { } csv)
            {
                if (PlanInput.Value(ReviewPeriods.Of(plan, parse.GetValue(asOf)), path, context, language) is not { } periods) return Cli.BadInput;
                var loaded = ActualsInput.Read(csv, plan, context, language);
                if (loaded is null) return Cli.BadInput;
                read = loaded.Value.Actuals;
                at = periods.AsOf;
            }
            var forecastOptions = new ForecastOptions
            {
                Trials = n,
                Seed = parse.GetValue(seed),
                AsOf = at,
                Confidence = (double)level,
                Lever = parse.GetValue(lever),
                Calculation = options,
            };
            ForecastResult forecast;
            if (parse.GetValue(member) is { } name)
            {
                if (MemberOption.Find(plan, name, context, language) is not { } found) return Cli.BadInput;
                forecast = Forecaster.ForMember(plan, read, found.Dimension, found.Index, forecastOptions);
            }
            else
            {
                forecast = Forecaster.Run(plan, read, forecastOptions);
            }
            if (parse.GetValue(json)) context.Out.WriteLine(ForecastJson.Serialize(forecast, language));
            else ForecastView.Render(context.Console, forecast, language);
            return forecast.HasErrors ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
