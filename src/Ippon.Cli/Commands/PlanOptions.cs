using System.CommandLine;

namespace Ippon.Cli.Commands;

/// <summary>The plan file argument and the options that several commands read a plan with (<c>--scenario</c>, <c>--set</c>).</summary>
/// <remarks>
/// Made once per run (<see cref="CliContext.PlanOptions"/>), never static: System.CommandLine records every command an
/// option or argument is added to (its parents, a list walked to its end on each add), so a static one added to the
/// commands of every run grew without end in a process that runs the command line many times (the fuzzing suite,
/// 100,000 runs: building the commands became most of each run's time, and the list was never freed).
/// </remarks>
public sealed class PlanOptions
{
    public Argument<string> File { get; } = new("FILE") { Description = "The plan file (YAML) / 計画ファイル" };

    public Option<string?> Scenario { get; } = new("--scenario") { Description = "Calculate a named scenario (e.g. stretch) / シナリオ" };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a value or target: --set win_rate=15% (repeatable) / 値の上書き",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };
}
