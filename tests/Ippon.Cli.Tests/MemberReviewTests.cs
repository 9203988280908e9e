using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary>Reviewing one member of a plan over reps with the member's own actuals (period,metric,member,value).</summary>
public class MemberReviewTests
{
    static string Example(string name) => Path.Combine(IpponProcess.Examples, name);

    [Fact]
    public void Review_OneRep_ObservesThatRepsWinRateAndRePlansItsChain()
    {
        var run = IpponCli.Run("review", Example("regional-sales.yaml"), "--actuals", Example("regional-sales-actuals.csv"),
            "--member", "田中", "--as-of", "Q2", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        // 田中: 14 orders from 58 deals → 24.1379…%; his 1億800万円 at 300万円 needs 36 orders ÷ 24.14% = 150 deals ÷ 20% = 750 visits.
        Assert.Equal(14m / 58m, metrics["win_rate"].GetProperty("observed").GetDecimal(), 20);
        Assert.Equal(150m, metrics["rep_deals"].GetProperty("replanned_target").GetDecimal());
        Assert.Equal(750m, metrics["visits"].GetProperty("replanned_target").GetDecimal());
        Assert.Equal(460m, metrics["visits"].GetProperty("remaining").GetDecimal());
    }

    [Fact]
    public void Review_AllRepsWithActualsForTwo_AddsThemUpAndWarnsTheTotalsAreIncomplete()
    {
        var run = IpponCli.Run("review", Example("regional-sales.yaml"), "--actuals", Example("regional-sales-actuals.csv"),
            "--as-of", "Q2", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var visits = json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "visits");
        Assert.Equal(410m, visits.GetProperty("actual_to_date").GetDecimal());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "actuals-incomplete" && f.GetProperty("subject").GetString() == "visits");
    }

    [Fact]
    public void Review_MemberRowForAnUnknownRep_Exits2NamingTheCsvLine()
    {
        using var dir = new TempDir();
        var csv = dir.File("a.csv", "period,metric,member,value\nQ1,visits,山田,10\n");

        var run = IpponCli.Run("review", Example("regional-sales.yaml"), "--actuals", csv, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.csv:2:", run.Err);
        Assert.Contains("'山田' is not a member of visits", run.Err);
    }
}
