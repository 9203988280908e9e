using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary><c>ippon optimize</c> through the real executable, on examples/sales-100m-teams.yaml.</summary>
public class OptimizeCommandTests
{
    static string Teams => Path.Combine(IpponProcess.Examples, "sales-100m-teams.yaml");

    [Fact]
    public void Optimize_TeamsExample_ShowsTheCheapestMixNextToTheCurrentOne()
    {
        var run = IpponCli.Run("optimize", Teams);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ウェビナー開催", run.Out);
        Assert.Contains("180万円 → 60万円", run.Out);
        Assert.Contains("KPIをすべて満たす最小の費用は 330万円 (今の組み合わせでは 390万円、差額 60万円)", run.Out);
    }

    [Fact]
    public void Optimize_Json_GivesEachActionsCurrentAndOptimalVolume()
    {
        var run = IpponCli.Run("optimize", Teams, "--json", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        var actions = root.GetProperty("actions").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => (a.GetProperty("current").GetDecimal(), a.GetProperty("optimal").GetDecimal()));
        Assert.Equal((6m, 2m), actions["webinars"]);
        Assert.Equal((12m, 24m), actions["seo_articles"]);
        Assert.Equal(3_300_000m, root.GetProperty("totals").GetProperty("optimal_cost").GetDecimal());
    }

    [Fact]
    public void Optimize_AtFifteenPercent_Exits1WithTheSmallestFixes()
    {
        var run = IpponCli.Run("optimize", Teams, "--set", "win_rate=15%");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("営業部に 100時間 (0.2778人 ≒ 1人) 追加", run.Out);
        Assert.Contains("受注率を 15% → 16.2% に", run.Out);
        Assert.Contains("年間売上は最大 9,756万円", run.Out);
    }

    [Fact]
    public void Optimize_Write_WritesThePlanWithTheOptimalVolumesThatCalculatesClean()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "optimal.yaml");

        var run = IpponCli.Run("optimize", Teams, "--write", output);

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(output);
        Assert.Contains("volume: 24", written);
        var plan = IpponCli.Run("plan", output, "--json");
        Assert.Equal(0, plan.ExitCode);
        using var doc = JsonDocument.Parse(plan.Out);
        var articles = doc.RootElement.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "seo_articles");
        Assert.Equal(24m, articles.GetProperty("volume").GetDecimal());
    }

    [Fact]
    public void Optimize_WriteOntoAnExistingFile_Exits2AndLeavesItAsItIs()
    {
        using var dir = new TempDir();
        var existing = dir.File("keep.yaml", "keep me");

        var run = IpponCli.Run("optimize", Teams, "--write", existing, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists", run.Err);
        Assert.Equal("keep me", File.ReadAllText(existing));
    }

    [Theory]
    [InlineData("--objective", "cheapest", "--objective expects cost, hours or kgi")]
    [InlineData("--budget", "lots", "--budget expects an amount")]
    [InlineData("--objective", "kgi", "--objective kgi needs --budget")]
    public void Optimize_BadOption_Exits2WithWhatWasExpected(string option, string value, string expected)
    {
        var run = IpponCli.Run("optimize", Teams, option, value, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void Optimize_KgiWithABudget_StaysWithinIt()
    {
        var run = IpponCli.Run("optimize", Teams, "--objective", "kgi", "--budget", "500万", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var totals = doc.RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("optimal_cost").GetDecimal() <= 5_000_000m);
        Assert.True(totals.GetProperty("optimal_kgi").GetDecimal() >= totals.GetProperty("current_kgi").GetDecimal());
    }
}
