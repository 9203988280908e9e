using System.CommandLine;
using Ippon.Calculation;
using Ippon.Export;
using Ippon.Numbers;
using Ippon.Review;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon export FILE --format html|pdf|svg|png|md|xlsx [-o OUT]</c>: the approval document, the tree diagram, the live workbook.</summary>
/// <remarks>
/// The output is written to a temporary file and moved into place only when complete, so a failed export never
/// leaves a broken file nor replaces a good one. A plan with error findings is still exported (the document lists
/// the errors), and the exit code is then 1.
/// </remarks>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string?>("--format", "-f") { Description = "html | pdf | svg | png | md | xlsx (default: from -o's extension) / 出力形式" };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: the plan's name with the format's extension); - for standard output (html, svg, md)" };
        var date = new Option<string?>("--date") { Description = "Date printed on the document, YYYY-MM-DD (default: today) / 起案日" };
        var actuals = new Option<string?>("--actuals") { Description = "Actuals (CSV or CRM export) to include the quarterly review / 実績を含める" };
        var asOf = new Option<string?>("--as-of") { Description = "Review at this period (Q2, M05, H1, 2026-09); default: the last period with actuals / 時点" };
        var command = new Command("export", "Export the approval document (稟議), the tree diagram or a live Excel workbook / 稟議書・ツリー図・Excel を出力")
        {
            context.PlanOptions.File, format, output, context.PlanOptions.Scenario, context.PlanOptions.Set, date, actuals, asOf,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var file = parse.GetValue(context.PlanOptions.File)!;
            var path = parse.GetValue(output);
            var chosen = Format(parse.GetValue(format), path, context, language);
            if (chosen is not { } fmt) return Cli.BadInput;
            if (!Today(parse.GetValue(date), context, language, out var today)) return Cli.BadInput;

            var plan = PlanInput.Read(file, context, language);
            if (plan is null) return Cli.BadInput;
            var options = PlanInput.Options(plan, parse.GetValue(context.PlanOptions.Scenario), parse.GetValue(context.PlanOptions.Set) ?? [], context, language);
            if (options is null) return Cli.BadInput;
            var result = PlanCalculator.Calculate(plan, options);
            ReviewResult? review = null;
            Actuals? rows = null;
            if (parse.GetValue(actuals) is { } actualsFile)
            {
                (review, rows) = Review(plan, file, actualsFile, parse.GetValue(asOf), options, context, language);
                if (review is null) return Cli.BadInput;
                result = review.Baseline;
            }
            else if (parse.GetValue(asOf) is not null)
            {
                context.Error.WriteLine(language.T("ippon: --as-of は --actuals と一緒に指定してください", "ippon: --as-of needs --actuals"));
                return Cli.BadInput;
            }
            var export = new ExportContext(result, language, today) { Source = Path.GetFileName(file), Review = review, Actuals = rows };

            if (path == "-")
            {
                if (!ExportFormats.IsText(fmt))
                {
                    context.Error.WriteLine(language.T($"ippon: {ExportFormats.Extension(fmt).TrimStart('.')} は標準出力に書けません。-o でファイル名を指定してください", $"ippon: {ExportFormats.Extension(fmt).TrimStart('.')} cannot go to standard output; give a file name with -o"));
                    return Cli.BadInput;
                }
                context.Out.Write(Exporter.Text(export, fmt));
                return result.HasErrors ? Cli.PlanErrors : Cli.Ok;
            }

            path ??= Path.GetFileNameWithoutExtension(file) + ExportFormats.Extension(fmt);
            if (Exporter.Write(export, fmt, path) is { } error)
            {
                context.Error.WriteLine($"ippon: {error.In(language)}");
                return Cli.BadInput;
            }
            context.Out.WriteLine(language.T($"{path} を書き出しました ({Describe(fmt, language)})", $"wrote {path} ({Describe(fmt, language)})"));
            if (result.HasErrors)
            {
                context.Error.WriteLine(language.T($"ippon: 計画にエラーがあります (文書に記載しました)。詳しくは ippon check {file}", $"ippon: the plan has errors (listed in the document); see ippon check {file}"));
                return Cli.PlanErrors;
            }
            return Cli.Ok;
        });
        return command;
    }

    // The same review `ippon review` runs: the plan's periods, the actuals read for it, the period to review at.
    /// <summary>The review against the actuals file, with the actuals it read (null, null after an input error, already written).</summary>
    static (ReviewResult? Review, Actuals? Actuals) Review(Plans.Plan plan, string file, string actualsFile, string? asOf, CalculationOptions options, CliContext context, Language language)
    {
        if (PlanInput.Value(ReviewPeriods.Of(plan, asOf), file, context, language) is not { } periods) return (null, null);
        var read = ActualsInput.Read(actualsFile, plan, context, language);
        if (read is null) return (null, null);
        var rows = read.Value.Actuals;
        return (PlanReview.Run(plan, periods.Calendar, rows, new ReviewOptions { AsOf = periods.AsOf, Calculation = options }), rows);
    }

    static ExportFormat? Format(string? name, string? path, CliContext context, Language language)
    {
        if (name is not null)
        {
            if (ExportFormats.Parse(name) is { } f) return f;
            context.Error.WriteLine(language.T($"ippon: --format '{name}' は使えません。使える形式: {string.Join(", ", ExportFormats.Names)}", $"ippon: unknown --format '{name}'; expected one of {string.Join(", ", ExportFormats.Names)}"));
            return null;
        }
        if (path is not null && path != "-" && ExportFormats.FromPath(path) is { } fromPath) return fromPath;
        context.Error.WriteLine(language.T($"ippon: --format で形式を指定してください ({string.Join(", ", ExportFormats.Names)})", $"ippon: give the format with --format ({string.Join(", ", ExportFormats.Names)})"));
        return null;
    }

    static bool Today(string? text, CliContext context, Language language, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            return true;
        }
        if (DateText.TryParse(text, out date)) return true;
        context.Error.WriteLine(language.T($"ippon: --date '{text}' は日付として読めません (例: 2026-11-24)", $"ippon: --date expects a date such as 2026-11-24, found '{text}'"));
        return false;
    }

    static string Describe(ExportFormat f, Language l) => f switch
    {
        ExportFormat.Html => l.T("稟議書 HTML", "approval document, HTML"),
        ExportFormat.Pdf => l.T("稟議書 PDF", "approval document, PDF"),
        ExportFormat.Svg => l.T("KPI ツリー図 SVG", "KPI tree, SVG"),
        ExportFormat.Png => l.T("KPI ツリー図 PNG", "KPI tree, PNG"),
        ExportFormat.Markdown => "Markdown",
        _ => l.T("Excel ブック、数式つき", "Excel workbook with live formulas"),
    };
}
