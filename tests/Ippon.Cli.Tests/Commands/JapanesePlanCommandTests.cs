namespace Ippon.Cli.Tests.Commands;

/// <summary>The command line reads plan files with Japanese ids and formulas written with names, as the web app does.</summary>
public class JapanesePlanCommandTests
{
    static string File => Path.Combine(AppContext.BaseDirectory, "plans", "japanese-names.yaml");

    [Fact]
    public void Plan_JapaneseIdsAndNames_PrintsTheSeedsNumbers()
    {
        var run = IpponCli.Run(["plan", File, "--json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"id\": \"商談数\"", run.Out);
        Assert.Contains("\"target\": 100,", run.Out);
        Assert.Contains("\"target\": 1000,", run.Out);
    }

    [Fact]
    public void Plan_JapaneseScenario_AppliesItsOverride()
    {
        var run = IpponCli.Run(["compare", File, "--scenario", "挑戦", "--lang", "en"]);

        // The stretch is read as a plan: 2,000 leads bring 200 deals, 20,000 calls, over the callers' capacity.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2,000", run.Out);
        Assert.Contains("over-capacity 挑戦 架電", run.Out);
    }
}
