using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Optimize.Tests;

/// <summary>examples/sales-100m-teams.yaml: the seed's calls, visits, webinars, articles and ads with hours and costs.</summary>
public class SeedOptimizeTests
{
    static Plan Seed => PlanReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m-teams.yaml")).Plan!;

    static CalculationOptions Set(string id, decimal value) => new() { Overrides = [new ScenarioOverride(id, value, null)] };

    [Fact]
    public void Run_Cost_CoversEveryKpiAtTheLeastCost_ArticlesUpToTheirMaxThenWebinars()
    {
        var r = ActionMixOptimizer.Run(Seed);

        Assert.Equal(SolveStatus.Optimal, r.Status);
        // 1,000 leads: 24 articles (816 leads, 5万円 each: the cheapest lead) + 2 webinars (200) = 120万 + 60万.
        Assert.Equal([("calls", 10_000L), ("visits", 100L), ("webinars", 2L), ("seo_articles", 24L), ("ads", 0L)],
            r.Lines.Select(l => (l.Action.Id, l.Optimal!.Value)));
        Assert.Equal(10_000 * 50m + 100 * 10_000m + 2 * 300_000m + 24 * 50_000m, r.OptimalCost);
        Assert.Equal(10_000 * 50m + 100 * 10_000m + 6 * 300_000m + 12 * 50_000m, r.CurrentCost);
    }

    [Fact]
    public void Run_Cost_ThePlanWithTheChosenVolumesCalculatesWithoutErrorsAndCoversTheKpis()
    {
        var r = ActionMixOptimizer.Run(Seed);

        Assert.NotNull(r.Verified);
        Assert.False(r.Verified.HasErrors);
        Assert.Empty(r.Verified.Findings.Where(f => f.Rule == Rule.KpiNotCovered));
        Assert.Equal(24m, r.Optimized!.FindAction("seo_articles")!.Volume);
        Assert.Null(r.Optimized.FindAction("seo_articles")!.Share);
    }

    [Fact]
    public void Run_AtFifteenPercent_NoMixFits_AndTheSmallestFixesAreSentences()
    {
        var r = ActionMixOptimizer.Run(Seed, calculation: Set("win_rate", 0.15m));

        Assert.Equal(SolveStatus.Infeasible, r.Status);
        var team = Assert.Single(r.Fixes, f => f.Kind == "team");
        Assert.Equal(100m, team.ExtraHours["営業部"]);
        Assert.Equal("営業部に 100時間 (0.2778人 ≒ 1人) 追加", team.Sentence.In(Language.Ja));
        Assert.Equal("add 100 h to 営業部 (0.2778 people ≈ 1)", team.Sentence.In(Language.En));
        var rate = Assert.Single(r.Fixes, f => f.Subject == "win_rate");
        Assert.Equal(0.162m, rate.To);
        Assert.Equal("受注率を 15% → 16.2% に", rate.Sentence.In(Language.Ja));
        Assert.Equal("raise 受注率 from 15% to 16.2%", rate.Sentence.In(Language.En));
    }

    [Theory]
    [InlineData(0.162, SolveStatus.Optimal)]
    [InlineData(0.161, SolveStatus.Infeasible)]
    public void Run_TheReportedWinRateFits_AndOnePointOfAPercentLessDoesNot(decimal winRate, SolveStatus expected)
    {
        var r = ActionMixOptimizer.Run(Seed, new OptimizeOptions { FindFixes = false }, Set("win_rate", winRate));

        Assert.Equal(expected, r.Status);
    }

    [Theory]
    [InlineData(100, SolveStatus.Optimal)]
    [InlineData(99.9, SolveStatus.Infeasible)]
    public void Run_TheReportedExtraHoursFit_AndLessDoesNot(decimal extra, SolveStatus expected)
    {
        var plan = Seed with { Teams = [.. Seed.Teams.Select(t => t.Id == "営業部" ? t with { People = null, HoursPerDay = null, WorkingDays = null, TotalHours = 1440 + extra } : t)] };

        var r = ActionMixOptimizer.Run(plan, new OptimizeOptions { FindFixes = false }, Set("win_rate", 0.15m));

        Assert.Equal(expected, r.Status);
    }

    [Fact]
    public void Run_AtFifteenPercent_TheHighestKgiAsThePlanStandsIsBelowTheTarget()
    {
        var r = ActionMixOptimizer.Run(Seed, calculation: Set("win_rate", 0.15m));

        var kgi = Assert.Single(r.Fixes, f => f.Kind == "kgi");
        // 1,440 h shared: 12,520 calls (1,252 h) and 94 visits (188 h) → min(125.2 deals × 15%, 94 × 20%) = 18.78 orders
        // → 6,000万 + 18.78 × 200万 = 9,756万円; more calls leave too few visits and the other way round.
        Assert.Equal(97_560_000m, kgi.To);
        Assert.Equal("今の人員と前提のままでは、年間売上は最大 9,756万円 (目標 1億円 の 97.56%)", kgi.Sentence.In(Language.Ja));
    }

    [Fact]
    public void Run_KgiWithABudget_SpendsItWhereTheKgiRisesMost()
    {
        var r = ActionMixOptimizer.Run(Seed, new OptimizeOptions { Objective = Objective.Kgi, Budget = 5_000_000m });

        Assert.Equal(SolveStatus.Optimal, r.Status);
        Assert.True(r.OptimalCost <= 5_000_000m);
        Assert.True(r.OptimalKgi >= r.CurrentKgi);
    }
}
