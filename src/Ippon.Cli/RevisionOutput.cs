using System.Collections.Immutable;
using System.CommandLine;
using Ippon.Export;
using Ippon.Files;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Cli;

/// <summary><c>ippon review --write-revision OUT</c>: the re-plan written as a plan file, observed values in place and a revision appended, without losing anything.</summary>
/// <remarks>
/// The original file is edited as text (comments and layout stay) and written to OUT. OUT must not exist unless
/// <c>--force</c> is given, and that includes the plan file itself: nothing is ever overwritten silently.
/// Observed values are rounded to 0.01% for rates and to whole units for money before they are written.
/// </remarks>
public static class RevisionOutput
{
    public sealed record Settings(Option<string?> Output, Option<string?> Reason, Option<bool> Force);

    public static Settings Options() => new(
        new Option<string?>("--write-revision") { Description = "Write the re-plan (observed values, a new revision) to this plan file / 再計画を書き出す" },
        new Option<string?>("--reason") { Description = "The revision's reason (default: the observed changes) / 改訂理由" },
        new Option<bool>("--force") { Description = "Overwrite --write-revision's file if it exists / 上書き" });

    /// <summary>Writes the revision when asked; returns the exit code (0 when nothing was asked or all went well).</summary>
    public static int Write(ParseResult parse, Settings settings, string planPath, ReviewResult review, CliContext context, Language l, TimeProvider? time = null)
    {
        if (parse.GetValue(settings.Output) is not { } output) return Cli.Ok;
        var changes = ReplanChanges.Of(review);
        if (changes.IsEmpty)
        {
            context.Error.WriteLine(l.T("ippon: 実績から決まる質の指標が前提と同じため、改訂はありません (ファイルは書きませんでした)", "ippon: the observed quality metrics equal the assumed ones; there is nothing to revise and no file was written"));
            return Cli.Ok;
        }
        if ((File.Exists(output) || Directory.Exists(output)) && !parse.GetValue(settings.Force))
        {
            var same = Path.GetFullPath(output) == Path.GetFullPath(planPath);
            context.Error.WriteLine(l.T($"ippon: {output} は既にあります{(same ? " (計画ファイルそのものです)" : "")}。上書きしません。別のファイル名にするか --force を付けてください", $"ippon: {output} already exists{(same ? " (it is the plan file itself)" : "")} and was left as it is; choose another name or add --force"));
            return Cli.BadInput;
        }
        var today = DateOnly.FromDateTime((time ?? TimeProvider.System).GetLocalNow().DateTime);
        var revision = new Revision(today, parse.GetValue(settings.Reason) ?? DefaultReason(review, changes, l), changes) { Period = review.AsOf.Label };
        var text = TextFile.Read(planPath, PlanReader.MaxBytes, "plan (YAML)");
        var edited = PlanEditor.AppendRevision(text.Value ?? "", revision, planPath, Path.GetDirectoryName(Path.GetFullPath(planPath)));
        if (!edited.Success)
        {
            context.Error.WriteLine(edited.Errors[0].Format(l));
            return Cli.BadInput;
        }
        if (OutputFile.WriteText(output, edited.Value) is { } writeError)
        {
            context.Error.WriteLine($"ippon: {writeError.In(l)}");
            return Cli.BadInput;
        }
        context.Error.WriteLine(l.T($"{output} に再計画を書き出しました ({review.AsOf.Label} の改訂: {Describe(review, changes, l)})", $"wrote the re-plan to {output} (revision for {review.AsOf.Label}: {Describe(review, changes, l)})"));
        return Cli.Ok;
    }


    static string Describe(ReviewResult review, ImmutableArray<RevisionChange> changes, Language l) =>
        string.Join(l.T("、", ", "), changes.Select(c =>
        {
            var metric = review.Plan.Find(c.Metric)!;
            return $"{metric.Label} {Formatter.Format(c.From, metric.Unit, l)} → {Formatter.Format(c.To, metric.Unit, l)}";
        }));

    static string DefaultReason(ReviewResult review, ImmutableArray<RevisionChange> changes, Language l) => l.T($"{review.AsOf.Label} レビュー: 実績で前提を更新 ({Describe(review, changes, l)})", $"{review.AsOf.Label} review: assumptions updated from actuals ({Describe(review, changes, l)})");
}
