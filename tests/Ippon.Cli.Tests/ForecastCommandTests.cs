using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary><c>ippon forecast</c> through the real executable: text and JSON in both languages, exit codes, bad input.</summary>
public class ForecastCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static string AfterQ1 => Path.Combine(IpponProcess.Examples, "sales-100m-q1-actuals.csv");

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Forecast_Json_IsTheSameNumbersInEitherLanguage_AndTheSameEveryRun(string lang)
    {
        var run = IpponCli.Run("forecast", Seed, "--actuals", AfterQ1, "--trials", "5000", "--seed", "3", "--json", "--lang", lang);
        var again = IpponCli.Run("forecast", Seed, "--actuals", AfterQ1, "--trials", "5000", "--seed", "3", "--json", "--lang", lang == "ja" ? "en" : "ja");

        Assert.Equal((0, ""), (run.ExitCode, run.Err));
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(("Q1", 5000, 3), (root.GetProperty("as_of").GetString(), root.GetProperty("trials").GetInt32(), root.GetProperty("seed").GetInt32()));
        var kgi = root.GetProperty("kgi");
        Assert.Equal("revenue", kgi.GetProperty("id").GetString());
        Assert.Equal(100_000_000m, kgi.GetProperty("target").GetDecimal());
        Assert.InRange(kgi.GetProperty("probability").GetDouble(), 0.2, 0.45);
        var landing = kgi.GetProperty("landing");
        Assert.True(landing.GetProperty("p10").GetDouble() < landing.GetProperty("p50").GetDouble());
        var win = root.GetProperty("beliefs").EnumerateArray().Single(b => b.GetProperty("metric").GetString() == "win_rate");
        Assert.Equal((3.0, 20.0, 0.175), (win.GetProperty("successes").GetDouble(), win.GetProperty("count").GetDouble(), win.GetProperty("posterior").GetProperty("mean").GetDouble()));
        var confidence = root.GetProperty("confidence");
        Assert.Equal(("leads", 0.8, 1000m), (confidence.GetProperty("lever").GetString(), confidence.GetProperty("level").GetDouble(), confidence.GetProperty("baseline_lever").GetDecimal()));
        Assert.True(confidence.GetProperty("lever_target").GetDecimal() > 1000m);
        // Numbers do not depend on the language; only messages do.
        using var other = JsonDocument.Parse(again.Out);
        Assert.Equal(kgi.GetRawText(), other.RootElement.GetProperty("kgi").GetRawText());
        Assert.Equal(confidence.GetProperty("lever_target").GetDecimal(), other.RootElement.GetProperty("confidence").GetProperty("lever_target").GetDecimal());
    }

    [Theory]
    [InlineData("ja", "達成確率", "1億円", "リード数 1,000件 で年間売上 1億円 の達成確率は", "事後")]
    [InlineData("en", "chance", "100,000,000 JPY", "with 1,000 リード数, the chance of 100,000,000 JPY 年間売上 is", "posterior")]
    public void Forecast_Text_SaysTheChanceAndTheLeadsForEightyPercentInTheChosenLanguage(string lang, string chance, string money, string headline, string posterior)
    {
        var run = IpponCli.Run("forecast", Seed, "--actuals", AfterQ1, "--trials", "5000", "--lang", lang);

        Assert.Equal((0, ""), (run.ExitCode, run.Err));
        Assert.Contains(chance, run.Out);
        Assert.Contains(money, run.Out);
        Assert.Contains(headline, run.Out);
        Assert.Contains(posterior, run.Out);
        Assert.Contains("80%", run.Out);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Fact]
    public void Forecast_WithoutActuals_ForecastsFromTheStartOfTheHorizon()
    {
        var run = IpponCli.Run("forecast", Seed, "--trials", "2000", "--json", "--confidence", "90%");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("as_of").ValueKind);
        Assert.Equal(0.9, doc.RootElement.GetProperty("confidence").GetProperty("level").GetDouble());
    }

    [Theory]
    [InlineData("--confidence", "120%", "--confidence")]
    [InlineData("--confidence", "abc", "--confidence")]
    [InlineData("--trials", "0", "--trials")]
    [InlineData("--lever", "leeds", "--lever")]
    [InlineData("--as-of", "Q9", "--as-of")]
    public void Forecast_BadOption_IsExitCode2WithOneClearLine(string option, string value, string named)
    {
        var run = IpponCli.Run("forecast", Seed, "--actuals", AfterQ1, option, value, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void Forecast_BadRangeInThePlan_IsExitCode2AtItsLine()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed).Replace("win_rate:       { name: 受注率, value: 20%, unit: ratio }", "win_rate:       { name: 受注率, value: 20%, unit: ratio, range: [25%, 30%] }", StringComparison.Ordinal));

        var run = IpponCli.Run("forecast", plan, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"plan\.yaml:\d+:\d+: .*outside its range", run.Err);
    }

    [Fact]
    public void Forecast_PlanWithErrors_IsExitCode1()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed).Replace("capacity: 12            # 月1回まで", "capacity: 5", StringComparison.Ordinal));

        var run = IpponCli.Run("forecast", plan, "--trials", "1000");

        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("ja", "200件 / 計画 250件 (ペース 80.0%)", "828.2件")]
    [InlineData("en", "200 / 250 planned (pace 80.0%)", "828.2")]
    public void Forecast_LeadsWithARange_ShowPriorObservedAndPosteriorPace(string lang, string observed, string posterior)
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed).Replace("leads:          { name: リード数, role: kpi, unit: count, owner: マーケティング部 }",
            "leads:          { name: リード数, role: kpi, unit: count, owner: マーケティング部, range: [800, 1200] }", StringComparison.Ordinal));

        var run = IpponCli.Run("forecast", plan, "--actuals", AfterQ1, "--trials", "2000", "--lang", lang);
        var json = IpponCli.Run("forecast", plan, "--actuals", AfterQ1, "--trials", "2000", "--json");

        Assert.Equal((0, ""), (run.ExitCode, run.Err));
        var row = run.Out.Split('\n').Single(line => line.Contains(observed, StringComparison.Ordinal));
        // Gamma(41.06, 41.06) → Gamma(241.06, 291.06): 1,000 leads at the prior pace, 828.2 at the posterior one.
        Assert.Contains(posterior, row[row.IndexOf(observed, StringComparison.Ordinal)..], StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Out);
        var leads = doc.RootElement.GetProperty("beliefs").EnumerateArray().Single(b => b.GetProperty("metric").GetString() == "leads");
        Assert.Equal(("count", 200.0, 250.0), (leads.GetProperty("kind").GetString(), leads.GetProperty("observed").GetDouble(), leads.GetProperty("count").GetDouble()));
        Assert.Equal(828.2, leads.GetProperty("posterior").GetProperty("mean").GetDouble(), 0.05);
    }


    [Theory]
    [InlineData("田中", 8.0, 0.3)]
    [InlineData("佐藤", 1.0, 0.125)]
    public void Forecast_Member_LearnsThatRepsWinRateFromItsOwnActuals(string member, double won, double posterior)
    {
        using var dir = new TempDir();
        var plan = dir.File("team.yaml", TwoRepsPlan.Yaml);
        var q1 = dir.File("q1.csv", TwoRepsPlan.ActualsAfterQ1);

        var run = IpponProcess.Start("forecast", plan, "--actuals", q1, "--member", member, "--trials", "2000", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var rate = doc.RootElement.GetProperty("beliefs").EnumerateArray().Single(b => b.GetProperty("metric").GetString() == "win_rate");
        // Prior Beta(4, 16); 田中 8 of 20 → Beta(12, 28), 30%; 佐藤 1 of 20 → Beta(5, 35), 12.5%.
        Assert.Equal((won, 20.0), (rate.GetProperty("successes").GetDouble(), rate.GetProperty("count").GetDouble()));
        Assert.Equal(posterior, rate.GetProperty("posterior").GetProperty("mean").GetDouble(), 4);
    }

    [Fact]
    public void Forecast_UnknownMember_IsExitCode2NamingTheDimensions()
    {
        using var dir = new TempDir();
        var plan = dir.File("team.yaml", TwoRepsPlan.Yaml);

        var run = IpponProcess.Start("forecast", plan, "--member", "山田", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'山田' is not a member of any dimension (rep)", run.Err);
    }
}
