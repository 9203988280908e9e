using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary><c>ippon compare</c> through the real executable.</summary>
public class CompareCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Fact]
    public void Compare_BaseAndStretch_PutsTheKpiNextToItsOkrStretch()
    {
        var run = IpponCli.Run("compare", Seed, "--scenario", "base", "--scenario", "stretch", "--json");

        // The stretch is read as a plan: its 200 deals need 20,000 calls, over the callers' 14,400 — its own error.
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var leads = doc.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "leads").GetProperty("scenarios");
        Assert.Equal(1000m, leads.GetProperty("base").GetProperty("target").GetDecimal());
        Assert.Equal(1000m, leads.GetProperty("base").GetProperty("planned").GetDecimal());
        Assert.Equal(2000m, leads.GetProperty("stretch").GetProperty("target").GetDecimal());   // the stretch read as a plan: its own target
        Assert.Equal(2000m, leads.GetProperty("stretch").GetProperty("planned").GetDecimal());
        var okr = Assert.Single(doc.RootElement.GetProperty("okr").EnumerateArray());
        Assert.Equal("leads", okr.GetProperty("metric").GetString());
        Assert.Equal(1000m, okr.GetProperty("must_hit").GetDecimal());
        Assert.Equal(2000m, okr.GetProperty("try_for").GetDecimal());
        Assert.Equal(140_000_000m, okr.GetProperty("kgi_stretch").GetDecimal());
    }

    [Fact]
    public void Compare_Terminal_ShowsBothColumnsAndTheMustHitTryForLine()
    {
        var run = IpponCli.Run("compare", Seed);

        Assert.Equal(1, run.ExitCode);   // the stretch's over-capacity (see above)
        Assert.Contains("over-capacity", run.Out);
        Assert.Contains("base (計画どおり)", run.Out);
        Assert.Contains("stretch", run.Out);
        Assert.Contains("1億4,000万円", run.Out);
        Assert.Contains("リード数: KPI 1,000件 (必達) / OKR 2,000件 (挑戦、stretch)", run.Out);
    }

    [Fact]
    public void Compare_UnknownScenario_Exits2ListingTheScenarios()
    {
        var run = IpponCli.Run("compare", Seed, "--scenario", "base", "--scenario", "strech", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no scenario 'strech'; the plan has: base, stretch", run.Err);
    }

    [Fact]
    public void Compare_ScenarioWithAnErrorFinding_Exits1()
    {
        using var dir = new TempDir();
        var plan = dir.File("p.yaml", File.ReadAllText(Seed).Replace("stretch: { leads: 2000 }", "stretch: { leads: 2000 }\n  lowball: { win_rate: 0% }", StringComparison.Ordinal));

        var run = IpponCli.Run("compare", plan, "--scenario", "base", "--scenario", "lowball");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreachable-target", run.Out);
    }
}
