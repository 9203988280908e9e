using System.CommandLine;
using System.Reflection;
using Ippon.Export;
using Ippon.Numbers;

namespace Ippon.Cli.Commands;

/// <summary><c>ippon init [--template NAME] [-o FILE]</c>: starts a plan from one of the templates in examples/.</summary>
public static class InitCommand
{
    const string ResourcePrefix = "Ippon.Cli.Templates.";

    /// <summary>The template names (examples/*.yaml without the extension).</summary>
    public static IReadOnlyList<string> Templates => [.. Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)];

    /// <summary>The text of template <paramref name="name"/>, or null.</summary>
    public static string? Template(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name + ".yaml");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Command Create(CliContext context)
    {
        var template = new Option<string>("--template", "-t") { Description = "Template name (see --list) / テンプレート", DefaultValueFactory = _ => "sales-100m" };
        var output = new Option<string>("--output", "-o") { Description = "File to write (default plan.yaml); - for standard output", DefaultValueFactory = _ => "plan.yaml" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file / 上書き" };
        var list = new Option<bool>("--list") { Description = "List the templates / テンプレート一覧" };
        var command = new Command("init", "Start a plan from a template / ひな形から計画を作成") { template, output, force, list };
        command.SetAction(parse =>
        {
            var language = Cli.LanguageOf(parse);
            if (parse.GetValue(list))
            {
                foreach (var t in Templates) context.Out.WriteLine(t);
                return Cli.Ok;
            }
            var name = parse.GetValue(template)!;
            var text = Template(name);
            if (text is null)
            {
                context.Error.WriteLine(language.T($"ippon: テンプレート '{name}' はありません。使えるテンプレート: {string.Join(", ", Templates)}", $"ippon: no template '{name}'; expected one of {string.Join(", ", Templates)}"));
                return Cli.BadInput;
            }
            var path = parse.GetValue(output)!;
            if (path == "-")
            {
                context.Out.Write(text);
                return Cli.Ok;
            }
            if ((File.Exists(path) || Directory.Exists(path)) && !parse.GetValue(force))
            {
                context.Error.WriteLine(language.T($"ippon: {path} は既にあります。上書きしません (上書きするなら --force、別名なら -o)", $"ippon: {path} already exists and was left as it is; use --force to overwrite or -o for another name"));
                return Cli.BadInput;
            }
            if (OutputFile.WriteText(path, text) is { } error)
            {
                context.Error.WriteLine($"ippon: {error.In(language)}");
                return Cli.BadInput;
            }
            context.Out.WriteLine(language.T($"{path} を作成しました (テンプレート: {name})。次は: ippon plan {path}", $"created {path} from the template {name}; next: ippon plan {path}"));
            return Cli.Ok;
        });
        return command;
    }
}
