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
}
