using Ippon.Plans;
using Ippon.Sensitivity;

namespace Ippon.Tests.Sensitivity;

public class SensitivityAnalysisTests
{
    [Fact]
    public void Run_SeedPlan_GivesTheThreeFactorsOfNewRevenueEqualElasticity()
    {
        var r = SensitivityAnalysis.Run(SeedPlan.Build(), 0.1m);

        var e = r.Factors.ToDictionary(f => f.Id, f => f.Elasticity);
        // New revenue is 40% of the KGI, and it is a product: +1% of any factor is +1% of new revenue, +0.4% of the KGI.
        Assert.Equal(0.4m, e["unit_price"]);
        Assert.Equal(0.4m, e["win_rate"]);
        Assert.Equal(0.4m, e["deal_rate"]);
        Assert.Equal(0.4m, e["leads"]);
        Assert.Equal(0.6m, e["repeat_revenue"]);
    }

    [Fact]
    public void Run_SeedPlan_RanksRepeatRevenueFirstThenTheFactorsOfNewRevenueTied()
    {
        var r = SensitivityAnalysis.Run(SeedPlan.Build(), 0.1m);

        Assert.Equal(["repeat_revenue", "leads", "unit_price", "win_rate", "deal_rate"], r.Factors.Select(f => f.Id));
        var repeat = r.Factors[0];
        Assert.Equal(94_000_000m, repeat.KgiLow);
        Assert.Equal(106_000_000m, repeat.KgiHigh);
        Assert.Equal(12_000_000m, repeat.Swing);
        Assert.All(r.Factors.Skip(1), f => Assert.Equal(8_000_000m, f.Swing));
        Assert.Equal(-4_000_000m, r.Factors[1].EffectLow);
    }

    [Fact]
    public void Run_InputPlannedAtItsTarget_IsFrozenSoItsMoveIsNotAbsorbed()
    {
        // leads has no value: it is planned at its target (1,000). Moving the win rate must not re-derive leads.
        var winRate = SensitivityAnalysis.Run(SeedPlan.Build(), 0.1m).Factors.Single(f => f.Id == "win_rate");

        Assert.Equal(0.18m, winRate.Low);
        Assert.Equal(0.22m, winRate.High);
        Assert.Equal(96_000_000m, winRate.KgiLow);
        Assert.Equal(104_000_000m, winRate.KgiHigh);
    }

    [Fact]
    public void Run_RateNear100Percent_StopsAt100Percent()
    {
        var plan = SeedPlan.Build();
        plan = plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == "win_rate" ? m with { Value = 0.95m } : m)] };

        var winRate = SensitivityAnalysis.Run(plan, 0.1m).Factors.Single(f => f.Id == "win_rate");

        Assert.Equal(1m, winRate.High);
        Assert.Equal(0.855m, winRate.Low);
    }

    [Fact]
    public void Run_PlanWithoutKgi_HasNoFactors()
    {
        var plan = SeedPlan.Build();
        plan = plan with { Metrics = [.. plan.Metrics.Select(m => m.Role == MetricRole.Kgi ? m with { Role = null } : m)] };

        Assert.Empty(SensitivityAnalysis.Run(plan, 0.1m).Factors);
    }
}
