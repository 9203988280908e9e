using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary><c>ippon sensitivity</c> through the real executable.</summary>
public class SensitivityCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Fact]
    public void Sensitivity_SeedPlan_RanksRepeatRevenueFirstAndTheFactorsOfNewRevenueAtEqualElasticity()
    {
        var run = IpponCli.Run("sensitivity", Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(0.1m, doc.RootElement.GetProperty("step").GetDecimal());
        var factors = doc.RootElement.GetProperty("factors").EnumerateArray().ToList();
        Assert.Equal("repeat_revenue", factors[0].GetProperty("id").GetString());
        Assert.Equal(0.6m, factors[0].GetProperty("elasticity").GetDecimal());
        var newRevenue = factors.Where(f => f.GetProperty("id").GetString() is "unit_price" or "win_rate" or "deal_rate").ToList();
        Assert.Equal(3, newRevenue.Count);
        Assert.All(newRevenue, f => Assert.Equal(0.4m, f.GetProperty("elasticity").GetDecimal()));
        Assert.All(newRevenue, f => Assert.Equal(8_000_000m, f.GetProperty("swing").GetDecimal()));
    }

    [Fact]
    public void Sensitivity_Terminal_DrawsATornado()
    {
        var run = IpponCli.Run("sensitivity", Seed, "--step", "20%", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("moved ±20%", run.Out);
        Assert.Contains("████████████████████ │████████████████████", run.Out);
        Assert.Contains("受注率 16%…24%", run.Out);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("0%")]
    [InlineData("lots")]
    public void Sensitivity_BadStep_Exits2(string step)
    {
        var run = IpponCli.Run("sensitivity", Seed, "--step", step, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--step expects a percentage above 0% and below 100%", run.Err);
    }
}
