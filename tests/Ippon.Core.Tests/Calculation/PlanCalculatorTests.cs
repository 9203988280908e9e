using Ippon.Calculation;
using Ippon.Plans;

namespace Ippon.Tests.Calculation;

public class PlanCalculatorTests
{
    static PlanResult Seed(params ScenarioOverride[] sets) =>
        PlanCalculator.Calculate(SeedPlan.Build(), new CalculationOptions { Overrides = [.. sets] });

    [Fact]
    public void Calculate_SeedPlan_BackCalculatesTheArticlesNumbersToTheUnit()
    {
        var r = Seed();

        Assert.Equal(100_000_000m, r.Metric("revenue")!.Target);
        Assert.Equal(60_000_000m, r.Metric("repeat_revenue")!.Target);
        Assert.Equal(40_000_000m, r.Metric("new_revenue")!.Target);
        Assert.Equal(20m, r.Metric("orders")!.Target);
        Assert.Equal(100m, r.Metric("deals")!.Target);
        Assert.Equal(1000m, r.Metric("leads")!.Target);
        Assert.Equal(10_000m, r.Action("calls")!.Volume);
    }

    [Fact]
    public void Calculate_SeedPlan_PlansEveryMetricAtItsTargetWithNoGap()
    {
        var r = Seed();

        foreach (var m in r.Metrics.Where(m => m.Target is not null))
            Assert.Equal(0m, m.Gap);
        Assert.Equal(100_000_000m, r.Metric("revenue")!.PlannedValue);
    }

    [Fact]
    public void Calculate_WinRateOf15Percent_Needs134DealsAnd1340Leads()
    {
        var r = Seed(new ScenarioOverride("win_rate", 0.15m, null));

        Assert.Equal(20m, r.Metric("orders")!.Target);
        Assert.Equal(134m, r.Metric("deals")!.Target);
        Assert.Equal(1340m, r.Metric("leads")!.Target);
        Assert.Equal(13_400m, r.Action("calls")!.Volume);
    }

    [Fact]
    public void Calculate_SeedPlan_ExplainsEachDerivedTargetByItsFormula()
    {
        var r = Seed();

        var orders = r.Metric("orders")!.Derivation!;
        Assert.Equal(DerivationKind.Inverted, orders.Kind);
        Assert.Equal("new_revenue", orders.Parent);
        Assert.Equal(40_000_000m, orders.ParentTarget);
        var step = Assert.Single(orders.Steps);
        Assert.Equal(2_000_000m, step.Operand);
        Assert.Equal("unit_price", step.Metric);
    }

    [Fact]
    public void Calculate_SeedPlan_LoadsTheCallersAt69Percent()
    {
        var calls = Seed().Action("calls")!;

        Assert.Equal(14_400m, calls.Capacity);
        Assert.Equal(10_000m / 14_400m, calls.Load);
        Assert.Equal(1m, calls.Coverage);
    }

    [Fact]
    public void Calculate_StretchScenario_PlansTwiceTheLeadsAgainstTheSameTargets()
    {
        var plan = SeedPlan.Build();
        var stretch = PlanCalculator.ScenarioOverrides(plan, "stretch")!.Value;

        var r = PlanCalculator.Calculate(plan, new CalculationOptions { Overrides = stretch, ScenarioName = "stretch" });

        Assert.Equal("stretch", r.Scenario);
        Assert.Equal(1_000m, r.Metric("leads")!.Target);
        Assert.Equal(2_000m, r.Metric("leads")!.PlannedValue);
        Assert.Equal(1_000m, r.Metric("leads")!.Gap);
        Assert.Equal(40m, r.Metric("orders")!.PlannedValue);
        Assert.Equal(140_000_000m, r.Metric("revenue")!.PlannedValue);
        Assert.Equal(10_000m, r.Action("calls")!.Volume);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void ScenarioOverrides_UnknownScenario_IsNull()
    {
        Assert.Null(PlanCalculator.ScenarioOverrides(SeedPlan.Build(), "nope"));
    }

    [Fact]
    public void Calculate_SetOnAComputedMetric_ChangesItsTarget()
    {
        // --set new_revenue=5000万 with repeat 5,000万: 25 orders, 125 deals, 1,250 leads.
        var r = Seed(new ScenarioOverride("new_revenue", null, 50_000_000m), new ScenarioOverride("repeat_revenue", null, 50_000_000m));

        Assert.Equal(25m, r.Metric("orders")!.Target);
        Assert.Equal(125m, r.Metric("deals")!.Target);
        Assert.Equal(1_250m, r.Metric("leads")!.Target);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Calculate_LaterOverride_WinsOverEarlierOne()
    {
        var r = Seed(new ScenarioOverride("win_rate", 0.1m, null), new ScenarioOverride("win_rate", 0.25m, null));

        Assert.Equal(80m, r.Metric("deals")!.Target);
    }

    [Fact]
    public void Calculate_OverrideOfAnUnknownMetric_IsIgnored()
    {
        var r = Seed(new ScenarioOverride("nope", 1m, null));

        Assert.Equal(1_000m, r.Metric("leads")!.Target);
    }
}

