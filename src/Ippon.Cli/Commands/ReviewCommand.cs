using System.CommandLine;
using Ippon.Cli.Output;
using Ippon.Reporting;
using Ippon.Review;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon review FILE --actuals CSV [--as-of PERIOD] [--json]</c>: plan vs actual per period, observed rates, landing forecast, re-planned targets and the KPIs to act on.</summary>
public static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML) / 計画ファイル" };
        var actuals = new Option<string>("--actuals")
        {
            Description = "Actuals: a CSV with period,metric,value, or a CRM export described by the plan's crm: section / 実績CSV",
            Required = true,
        };
        var asOf = new Option<string?>("--as-of") { Description = "Review at this period (Q2, M05, H1, 2026-09); default: the last period with actuals / 時点" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var member = MemberOption.Create("Review one member of a plan over dimensions (e.g. rep 田中) with its own actuals / メンバー別レビュー");
        var revision = RevisionOutput.Options();
        var command = new Command("review", "Review a plan against actuals and re-plan / 実績でレビューして再計画")
        {
            file, actuals, asOf, context.PlanOptions.Scenario, context.PlanOptions.Set, json, member, revision.Output, revision.Reason, revision.Force,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var path = parse.GetValue(file)!;
            var plan = PlanInput.Read(path, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), parse.GetValue(context.PlanOptions.Set) ?? [], context, language);
            if (options is null) return Cli.BadInput;
            if (PlanInput.Value(ReviewPeriods.Of(plan, parse.GetValue(asOf)), path, context, language) is not { } periods) return Cli.BadInput;
            var calendar = periods.Calendar;
            var read = ActualsInput.Read(parse.GetValue(actuals)!, plan, context, language);
            if (read is null) return Cli.BadInput;
            var reviewOptions = new ReviewOptions { AsOf = periods.AsOf, Calculation = options };
            ReviewResult review;
            if (parse.GetValue(member) is { } name)
            {
                // One member's review: the member's own plan (its allocated target, its rates) against its own actuals.
                if (MemberOption.Find(plan, name, context, language) is not { } found) return Cli.BadInput;
                review = MemberReview.Run(plan, calendar, read.Value.Actuals, found.Dimension, found.Index, reviewOptions);
            }
            else
            {
                review = PlanReview.Run(plan, calendar, read.Value.Actuals, reviewOptions);
            }
            if (parse.GetValue(json)) context.Out.WriteLine(ReviewJson.Serialize(review, language, read.Value.Warnings));
            else ReviewView.Render(context.Console, review, read.Value.Warnings, language);
            var written = RevisionOutput.Write(parse, revision, path, review, context, language);
            if (written != Cli.Ok) return written;
            return review.HasErrors ? Cli.PlanErrors : Cli.Ok;
        });
        return command;
    }
}
