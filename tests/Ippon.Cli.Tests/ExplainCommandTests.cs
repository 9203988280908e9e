namespace Ippon.Cli.Tests;

/// <summary><c>ippon explain</c>: the chain of formulas behind one target.</summary>
public class ExplainCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Fact]
    public void Explain_LeadsAtAWinRateOf15Percent_ShowsEveryStepIncludingTheRoundingUp()
    {
        var run = IpponCli.Run("explain", Seed, "leads", "--set", "win_rate=15%");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        Assert.Equal("リード数 (leads): 目標 1,340件", lines[0]);
        Assert.Equal("4,000万円 ÷ 200万円 = 20件", lines[1]);
        Assert.Equal("20件 ÷ 15% ≒ 133.33件 → 134件 (切り上げ)", lines[2]);
        Assert.Equal("134件 ÷ 10% = 1,340件", lines[3]);
    }

    [Fact]
    public void Explain_AnExplicitTarget_SaysItWasWrittenInThePlan()
    {
        var run = IpponCli.Run("explain", Seed, "repeat_revenue", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a target written in the plan", run.Out);
    }

    [Fact]
    public void Explain_UnknownMetric_Exits2WithASuggestion()
    {
        var run = IpponCli.Run("explain", Seed, "lead", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'leads'?", run.Err);
    }
}
