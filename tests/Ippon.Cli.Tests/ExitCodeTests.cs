using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary>Every exit code of the contract, through the real executable.</summary>
public class ExitCodeTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Fact]
    public void Plan_SeedPlan_PrintsTheTreeAndExits0()
    {
        var run = IpponProcess.Start("plan", Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("年間売上", run.Out);
        Assert.Contains("目標 1,000件", run.Out);
        Assert.Contains("4,000万円 ÷ 200万円 = 20件", run.Out);
        Assert.Contains("10,000件", run.Out);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void Plan_WinRateSetTo15Percent_Prints134DealsAnd1340Leads()
    {
        var run = IpponProcess.Start("plan", Seed, "--set", "win_rate=15%", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        Assert.Equal(134m, metrics["deals"].GetProperty("target").GetDecimal());
        Assert.Equal(1340m, metrics["leads"].GetProperty("target").GetDecimal());
    }

    [Fact]
    public void Plan_PlanWithAnErrorFinding_Exits1()
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("value: 20%", "value: 0%", StringComparison.Ordinal));

        var run = IpponProcess.Start("plan", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreachable-target", run.Out);
    }

    [Fact]
    public void Plan_MalformedYaml_Exits2WithFileLineAndColumn()
    {
        using var dir = new TempDir();
        var file = dir.File("bad.yaml", "plan: x\nmetrics:\n  revenue: { name: 売上, role: kgi\n");

        var run = IpponProcess.Start("plan", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+:\d+: YAML", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Plan_UnknownOption_Exits2()
    {
        var run = IpponProcess.Start("plan", Seed, "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Err);
    }

    [Fact]
    public void Check_StrictWithWarnings_Exits1AndWithoutStrictExits0()
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("    owner: 営業部\n    drives: deals", "    drives: deals", StringComparison.Ordinal));

        var lenient = IpponProcess.Start("check", file);
        var strict = IpponProcess.Start("check", file, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("missing-owner", lenient.Out);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void Check_CleanSeedPlanWithStrict_Exits0()
    {
        var run = IpponProcess.Start("check", Seed, "--strict");

        Assert.Equal(0, run.ExitCode);
    }
}
