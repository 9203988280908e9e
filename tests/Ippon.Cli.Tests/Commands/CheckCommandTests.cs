namespace Ippon.Cli.Tests.Commands;

/// <summary>A few rules through plan files and the real executable: error findings exit 1, warnings exit 0 (1 with --strict).</summary>
public class CheckCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static ConsoleRun CheckSeedWith(string from, string to, params string[] options)
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Seed);
        Assert.Contains(from, text);
        var file = dir.File("plan.yaml", text.Replace(from, to, StringComparison.Ordinal));
        return IpponCli.Run(["check", file, "--lang", "en", .. options]);
    }

    [Fact]
    public void Check_UnknownIdInFormula_Exits1WithTheSuggestion()
    {
        var run = CheckSeedWith("formula: deals * win_rate", "formula: deals * win_rat");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("✖ error   unknown-metric orders: formula of orders 'deals * win_rat', column 9: no metric 'win_rat'; did you mean 'win_rate'?", run.Out);
        Assert.Contains("1 error, 0 warnings", run.Out);
    }

    [Fact]
    public void Check_Cycle_Exits1NamingTheLoop()
    {
        var run = CheckSeedWith("formula: leads * deal_rate", "formula: leads * deal_rate + orders");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("formula-cycle orders: formulas depend on each other in a loop: orders → deals → orders", run.Out);
    }

    [Fact]
    public void Check_ZeroPercentRate_Exits1AsUnreachable()
    {
        var run = CheckSeedWith("value: 10%", "value: 0%");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreachable-target leads:", run.Out);
        Assert.Contains("a division by zero", run.Out);
    }

    [Fact]
    public void Check_RateAbove100Percent_Exits1AsInvalidRate()
    {
        var run = CheckSeedWith("value: 20%", "value: 120%");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("invalid-rate win_rate: 受注率 has value 120%; a ratio must be between 0% and 100% (e.g. 20%)", run.Out);
    }

    [Fact]
    public void Check_NegativeCount_Exits1()
    {
        var run = CheckSeedWith("leads:          { name: リード数, role: kpi,", "leads:          { name: リード数, role: kpi, value: -5,");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("negative-count leads: リード数 has value -5; a count cannot be negative", run.Out);
    }

    [Fact]
    public void Check_TooManyKpisForOneOwner_IsAWarning()
    {
        var run = CheckSeedWith("max_kpis_per_owner: 3", "max_kpis_per_owner: 1");
        var strict = CheckSeedWith("max_kpis_per_owner: 3", "max_kpis_per_owner: 1", "--strict");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("⚠ warning too-many-kpis 営業部: 営業部 has 2 KPIs (新規受注数, 商談数)", run.Out);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void Check_ActionWithoutCapacity_IsCapacityUnknown()
    {
        var run = CheckSeedWith("    capacity: 12            # 月1回まで\n", "");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("capacity-unknown webinars", run.Out);
        Assert.Contains("0 errors, 1 warning", run.Out);
    }

    [Fact]
    public void Check_NoKgiDeadlineAndNoHorizon_IsMissingDeadlineForEveryGoal()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Seed)
            .Replace("horizon:\n  start: 2026-04-01\n  end: 2027-03-31\n  period: quarter\n", "", StringComparison.Ordinal)
            .Replace("    deadline: 2027-03-31\n", "", StringComparison.Ordinal);
        var file = dir.File("plan.yaml", text);

        var run = IpponCli.Run("check", file, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("missing-deadline revenue: 年間売上 is not time-bound; give the KGI a deadline or the plan a horizon", run.Out);
        Assert.Contains("missing-deadline leads", run.Out);
        Assert.Contains("0 errors, 6 warnings", run.Out);
    }

    [Fact]
    public void Check_KgiWithoutDeadlineButAHorizon_IsTimeBoundByTheHorizon()
    {
        var run = CheckSeedWith("    deadline: 2027-03-31\n    owner: 経営企画", "    owner: 経営企画");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("missing-deadline", run.Out);
    }

    [Fact]
    public void Check_SeedPlan_IsSilent()
    {
        var run = IpponCli.Run("check", Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("✔ エラー・警告はありません", run.Out.Trim());
    }

    [Fact]
    public void Check_Stretch_Exits1WithTheStretchsOwnOverCapacity_TheBasePlanPasses()
    {
        var stretch = IpponCli.Run("check", Seed, "--scenario", "stretch", "--lang", "en");
        var plain = IpponCli.Run("check", Seed, "--lang", "en");

        Assert.Equal(1, stretch.ExitCode);
        Assert.Contains("over-capacity calls", stretch.Out);
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("over-capacity", plain.Out);
    }

    [Fact]
    public void Check_UnknownScenario_Exits2ListingTheScenarios()
    {
        var run = IpponCli.Run("check", Seed, "--scenario", "strech", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no scenario 'strech'; the plan has: stretch", run.Err);
    }
}
