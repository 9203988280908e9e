using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary>
/// The tests run under the runtime options the tool ships with (issue 10, item 6): the published <c>ippon</c> has
/// InvariantGlobalization, where full-width digits were refused because normalization had no culture data, while the
/// unit tests ran with ICU and passed.
/// </summary>
public class PublishedConfigurationTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Fact]
    public void TheIpponUnderTest_RunsWithTheShippedInvariantGlobalization()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ippon.runtimeconfig.json")));

        var invariant = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.Globalization.Invariant").GetBoolean();

        Assert.True(invariant);
    }

    [Fact]
    public void TheTestHost_RunsWithTheSameInvariantGlobalization()
    {
        // Ippon.Cli.Tests.csproj sets InvariantGlobalization as Ippon.Cli.csproj does; the engine's test projects too.
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
    }

    [Fact]
    public void Plan_FullWidthValueAndTarget_ReadByThePublishedExecutable()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Seed).Replace("value: 20%", "value: ２０％", StringComparison.Ordinal).Replace("target: 1億円", "target: １億円", StringComparison.Ordinal);
        var file = dir.File("plan.yaml", text);

        var run = IpponProcess.Start("plan", file, "--json");

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains(json.RootElement.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("id").GetString() == "leads" && m.GetProperty("target").GetDecimal() == 1000m);
    }

    [Fact]
    public void Review_FullWidthPeriodInTheCsvAndInAsOf_ReadByThePublishedExecutable()
    {
        using var dir = new TempDir();
        var csv = dir.File("a.csv", "period,metric,value\nＱ１,leads,１８０\nＱ１,deals,18\nＱ１,orders,2\n");

        var run = IpponProcess.Start("review", Seed, "--actuals", csv, "--as-of", "Ｑ１", "--json");

        Assert.True(run.ExitCode is 0 or 1, run.Err);
        Assert.Equal("", run.Err);
        JsonDocument.Parse(run.Out).Dispose();
    }
}
