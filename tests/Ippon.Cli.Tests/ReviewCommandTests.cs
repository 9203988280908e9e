using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary><c>ippon review</c> through the real executable: the contract's example, both actuals formats, every input error.</summary>
public class ReviewCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static string ContractCsv => Path.Combine(IpponProcess.Examples, "sales-100m-actuals.csv");

    static string CrmCsv => Path.Combine(IpponProcess.Examples, "sales-100m-crm.csv");

    static Dictionary<string, JsonElement> Metrics(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.Clone());
    }

    static decimal? D(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    [Fact]
    public void Review_ContractExample_HoldsExactlyInTheJson()
    {
        var run = IpponCli.Run("review", Seed, "--actuals", ContractCsv, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("Q2", doc.RootElement.GetProperty("as_of").GetString());
        Assert.Empty(doc.RootElement.GetProperty("findings").EnumerateArray());
        var m = Metrics(run.Out);
        var win = m["win_rate"];
        Assert.Equal(0.2m, D(win, "planned_to_date"));
        Assert.Equal(0.15m, D(win, "actual_to_date"));
        Assert.Equal(0.75m, D(win, "attainment"));
        Assert.Equal(0.15m, D(win, "observed"));
        Assert.Null(D(win, "forecast"));
        Assert.Equal(0.15m, D(win, "replanned_target"));
        Assert.Null(D(win, "remaining"));
        var leads = m["leads"];
        Assert.Equal(500m, D(leads, "planned_to_date"));
        Assert.Equal(400m, D(leads, "actual_to_date"));
        Assert.Equal(0.8m, D(leads, "attainment"));
        Assert.Null(D(leads, "observed"));
        Assert.Equal(900m, D(leads, "forecast"));
        Assert.Equal(1340m, D(leads, "replanned_target"));
        Assert.Equal(940m, D(leads, "remaining"));
    }

    [Fact]
    public void Review_CrmExport_GivesTheSameReviewAsTheContractCsvWithAWarning()
    {
        var run = IpponCli.Run("review", Seed, "--actuals", CrmCsv, "--json");

        Assert.Equal(0, run.ExitCode);
        var m = Metrics(run.Out);
        Assert.Equal(0.15m, D(m["win_rate"], "observed"));
        Assert.Equal(940m, D(m["leads"], "remaining"));
        Assert.Equal(12_000_000m, D(m["new_revenue"], "actual_to_date"));
        Assert.Contains("actuals-outside-horizon", run.Out);
    }

    [Fact]
    public void Review_ContractExample_PrintsTheTablesAndTheKpisToActOn()
    {
        var run = IpponCli.Run("review", Seed, "--actuals", ContractCsv);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Q2 時点のレビュー", run.Out);
        Assert.Contains("220件 / 250件", run.Out);
        Assert.Contains("orders = deals * win_rate から逆算", run.Out);
        Assert.Contains("1,340件", run.Out);
        Assert.Contains("着地予測 9,200万円", run.Out);
        Assert.Contains(" 1. 受注率 (→ 新規受注数)", run.Out);
        Assert.Contains(" 2. リード数", run.Out);
        Assert.Contains("再計画で置き換えた前提: 受注率 20% → 15%", run.Out);
    }

    [Fact]
    public void Review_AsOfQ1_CountsQ1Only()
    {
        var run = IpponCli.Run("review", Seed, "--actuals", ContractCsv, "--as-of", "2026-06", "--json", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"as_of\": \"Q1\"", run.Out);
        Assert.Equal(180m, D(Metrics(run.Out)["leads"], "actual_to_date"));
    }

    [Fact]
    public void Review_AsOfOutsideTheHorizon_Exits2()
    {
        var run = IpponCli.Run("review", Seed, "--actuals", ContractCsv, "--as-of", "Q7", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of: period 'Q7' is outside the horizon", run.Err);
    }

    [Fact]
    public void Review_UnknownMetricAndPeriodOutsideTheHorizon_Exit2NamingEachCsvLine()
    {
        using var dir = new TempDir();
        var csv = dir.File("a.csv", "period,metric,value\nQ1,leads,180\nQ1,lead,20\nQ5,deals,3\n");

        var run = IpponCli.Run("review", Seed, "--actuals", csv, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.csv:3:4: no metric 'lead' in the plan; did you mean 'leads'?", run.Err);
        Assert.Contains("a.csv:4:1: period 'Q5' is outside the horizon 2026-04-01 – 2027-03-31", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Review_EmptyActualsFile_Exits2()
    {
        using var dir = new TempDir();
        var csv = dir.File("empty.csv", "");

        var run = IpponCli.Run("review", Seed, "--actuals", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty.csv: 実績ファイルが空です", run.Err);
    }

    [Fact]
    public void Review_CrmExportWithAnUnmappedStage_Exits2ListingTheStage()
    {
        using var dir = new TempDir();
        var csv = dir.File("crm.csv", File.ReadAllText(CrmCsv).Replace("2026/04/01,リード", "2026/04/01,保留", StringComparison.Ordinal));

        var run = IpponCli.Run("review", Seed, "--actuals", csv, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"crm\.csv:\d+:\d+: stage '保留' \(\d rows?, first on line \d+\) is not under the plan's crm: stages:", run.Err);
    }

    [Fact]
    public void Review_MissingActualsFile_Exits2()
    {
        var run = IpponCli.Run("review", Seed, "--actuals", "no-such.csv", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such.csv: no such file", run.Err);
    }

    [Fact]
    public void Review_WithoutActualsOption_Exits2()
    {
        var run = IpponCli.Run("review", Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--actuals", run.Err);
    }

    [Fact]
    public void Review_PlanWithAnErrorFinding_StillReviewsAndExits1()
    {
        using var dir = new TempDir();
        var plan = dir.File("p.yaml", File.ReadAllText(Seed).Replace("capacity: 12 ", "capacity: 5 ", StringComparison.Ordinal));

        var run = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over-capacity", run.Out);
        Assert.Equal(940m, D(Metrics(run.Out)["leads"], "remaining"));
    }
}
