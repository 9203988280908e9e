using Spectre.Console;

namespace Ippon.Cli;

/// <summary>Where a command writes: plain writers for JSON and errors, and a Spectre console for tables and trees.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>The plan file argument and the <c>--scenario</c> and <c>--set</c> options, shared by the commands of this run.</summary>
    public Commands.PlanOptions PlanOptions { get; } = new();

    /// <summary>A rich console on <see cref="Out"/>; colours only on a real terminal, and wide lines when redirected so nothing wraps.</summary>
    public IAnsiConsole Console
    {
        get
        {
            if (field is not null) return field;
            var terminal = ReferenceEquals(Out, System.Console.Out) && !System.Console.IsOutputRedirected
                           && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Out),
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            if (!terminal) console.Profile.Width = 200;
            return field = console;
        }
    }
}
