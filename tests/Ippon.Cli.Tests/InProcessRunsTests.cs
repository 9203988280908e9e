using System.CommandLine;

namespace Ippon.Cli.Tests;

/// <summary>The command line run many times in one process (the tests, the fuzzing suite): each run's commands are its own.</summary>
public class InProcessRunsTests
{
    [Fact]
    public void TwoRuns_ShareNoOptionOrArgument()
    {
        var first = Symbols(Cli.Create(new CliContext(TextWriter.Null, TextWriter.Null))).ToHashSet();
        var second = Symbols(Cli.Create(new CliContext(TextWriter.Null, TextWriter.Null))).ToList();

        // A shared (static) option is added to the commands of every run and keeps them all as its parents: the
        // fuzzing suite's 100,000 runs made that list, walked on every add, most of each run's time.
        Assert.Empty(second.Where(first.Contains).Select(s => s.Name).Distinct());
    }

    [Fact]
    public void UnknownLanguage_AfterEarlierRuns_IsRefusedOnce()
    {
        IpponCli.Run("check", "nope.yaml", "--lang", "en");
        var run = IpponCli.Run("check", "nope.yaml", "--lang", "fr");

        // The allowed values were added to a static option on every run: one more copy of the error each time.
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("使い方は ippon --help を見てください", run.Err);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("'fr'", StringComparison.Ordinal));
    }

    static IEnumerable<Symbol> Symbols(Command command) =>
        command.Options.Cast<Symbol>().Concat(command.Arguments).Concat(command.Subcommands.SelectMany(c => Symbols(c).Prepend(c)));
}
