using System.CommandLine;
using Ippon.Export;
using Ippon.Import.Excel;
using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon import plan.xlsx [-o plan.yaml] [--force]</c>: a workbook (Ippon's own, or a table of metric and formula) back into a plan file.</summary>
/// <remarks>An existing plan file is never replaced without <c>--force</c>: it may hold comments and hand edits the workbook does not.</remarks>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The workbook (.xlsx) / Excel ブック" };
        var output = new Option<string?>("--output", "-o") { Description = "Plan file to write (default: the workbook's name with .yaml); - for standard output" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing plan file / 上書き" };
        var command = new Command("import", "Read an Excel workbook (Ippon's, or a table of metric and formula) into a plan file / Excel から計画ファイルを作成")
        {
            file, output, force,
        };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            var input = parse.GetValue(file)!;
            var path = parse.GetValue(output) ?? Path.GetFileNameWithoutExtension(input) + ".yaml";
            if (path != "-" && (File.Exists(path) || Directory.Exists(path)) && !parse.GetValue(force))
            {
                context.Error.WriteLine(language.T($"ippon: {path} は既にあります。上書きしません (上書きするなら --force、別名なら -o)", $"ippon: {path} already exists and was left as it is; use --force to overwrite or -o for another name"));
                return Cli.BadInput;
            }
            var imported = WorkbookImporter.Import(input);
            if (!imported.Success)
            {
                foreach (var e in imported.Errors) context.Error.WriteLine(e.Format(language));
                return Cli.BadInput;
            }
            var yaml = PlanWriter.Write(imported.Plan);
            // What the importer built must read back as a plan file; anything else is a bug worth stopping for.
            var check = PlanReader.Parse(yaml, path);
            if (!check.Success)
            {
                foreach (var e in check.Errors) context.Error.WriteLine(e.Format(language));
                return Cli.BadInput;
            }
            if (path == "-")
            {
                context.Out.Write(yaml);
                return Cli.Ok;
            }
            if (OutputFile.WriteText(path, yaml) is { } error)
            {
                context.Error.WriteLine($"ippon: {error.In(language)}");
                return Cli.BadInput;
            }
            var plan = imported.Plan;
            context.Out.WriteLine(language.T($"{path} を作成しました (指標 {plan.Metrics.Length}、施策 {plan.Actions.Length})。次は: ippon plan {path}", $"created {path} ({plan.Metrics.Length} metrics, {plan.Actions.Length} actions); next: ippon plan {path}"));
            return Cli.Ok;
        });
        return command;
    }
}
