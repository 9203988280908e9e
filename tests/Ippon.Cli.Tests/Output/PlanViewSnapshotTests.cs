namespace Ippon.Cli.Tests.Output;

/// <summary>The terminal tree of the seed plan, as users see it, against committed files (TestData/*.txt).</summary>
public class PlanViewSnapshotTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Plan_SeedPlan_PrintsTheCommittedTree(string language)
    {
        var run = IpponCli.Run("plan", Seed, "--lang", language);

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match($"plan-seed.{language}.txt", run.Out);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Plan_SeedWithWinRate10Percent_PrintsTheOverloadedCallersAndTheFinding(string language)
    {
        var run = IpponCli.Run("plan", Seed, "--set", "win_rate=10%", "--lang", language);

        Assert.Equal(1, run.ExitCode);
        Snapshot.Match($"plan-seed-win-rate-10.{language}.txt", run.Out);
    }

    [Fact]
    public void Match_DifferentOutput_Fails()
    {
        // Guards the helper itself: a snapshot test that could not fail would prove nothing.
        if (Environment.GetEnvironmentVariable(Snapshot.UpdateVariable) == "1") return;

        Assert.ThrowsAny<Exception>(() => Snapshot.Match("plan-seed.en.txt", "something else\n"));
    }
}
