using System.CommandLine;
using System.Text;
using Ippon.Cli.Commands;
using Ippon.Numbers;

namespace Ippon.Cli;

/// <summary>The <c>ippon</c> command line: builds the commands and maps every outcome to the contract's exit codes.</summary>
/// <remarks>0 success; 1 the plan has errors; 2 the input could not be used (with file:line:column). Never a stack trace.</remarks>
public static class Cli
{
    /// <summary>The exit code for success (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>The exit code when the plan has findings of severity error.</summary>
    public const int PlanErrors = 1;

    /// <summary>The exit code when the input could not be used.</summary>
    public const int BadInput = 2;

    /// <summary>The exit code for a bug in Ippon itself (reported in one line, without a stack trace).</summary>
    public const int InternalError = 3;

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var parse = Create(new CliContext(stdout, stderr)).Parse(args);
        if (parse.Errors.Count > 0)
        {
            var language = LanguageOf(parse);
            // One line per error: System.CommandLine lists the allowed values on lines of their own.
            foreach (var e in parse.Errors)
                stderr.WriteLine("ippon: " + string.Join(' ', e.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            stderr.WriteLine(language.T("使い方は ippon --help を見てください", "see ippon --help for usage"));
            return BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"ippon: internal error ({e.GetType().Name}): {e.Message}");
            stderr.WriteLine("This is a bug in Ippon; please report it with the plan file that caused it.");
            return InternalError;
        }
    }

    /// <summary>The commands of one run, writing to <paramref name="context"/>.</summary>
    /// <remarks>Every option and argument is new for each run (none static): see <see cref="PlanOptions"/>.</remarks>
    public static RootCommand Create(CliContext context)
    {
        var language = new Option<string>(LanguageOptionName)
        {
            Description = "Language of output and messages: ja (default) or en / 出力の言語",
            Recursive = true,
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("IPPON_LANG") ?? "ja",
        };
        language.AcceptOnlyFromAmong("ja", "en");
        var root = new RootCommand("Ippon: KGI → KSF → KPI → action plans, back-calculated in one line (一本の線)") { language };
        root.Add(PlanCommand.Create(context));
        root.Add(CheckCommand.Create(context));
        root.Add(InitCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        root.Add(ImportCommand.Create(context));
        root.Add(ExplainCommand.Create(context));
        root.Add(ReviewCommand.Create(context));
        root.Add(CompareCommand.Create(context));
        root.Add(SensitivityCommand.Create(context));
        root.Add(ForecastCommand.Create(context));
        root.Add(OptimizeCommand.Create(context));
        return root;
    }

    /// <summary>The name of the <c>--lang</c> option, which every command has.</summary>
    public const string LanguageOptionName = "--lang";

    /// <summary>The language chosen with <c>--lang</c> (Japanese by default).</summary>
    /// <remarks>
    /// It reads the option's raw token rather than its validated value: with <c>--lang fr</c> the value cannot be read
    /// (System.CommandLine throws), yet the error about it must still be written, in the default language.
    /// </remarks>
    public static Language LanguageOf(ParseResult parse)
    {
        var tokens = parse.GetResult(LanguageOptionName)?.Tokens;
        var chosen = tokens is { Count: > 0 } ? tokens[^1].Value : Environment.GetEnvironmentVariable("IPPON_LANG");
        return chosen == "en" ? Language.En : Language.Ja;
    }
}
