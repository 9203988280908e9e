using Ippon.Calculation;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Tests.Periods;

public class PeriodPlanTests
{
    static PeriodPlan Split(Plan plan, params ScenarioOverride[] sets)
    {
        var result = PlanCalculator.Calculate(plan, new CalculationOptions { Overrides = [.. sets] });
        return PeriodPlan.Build(result, PeriodCalendar.For(plan)!);
    }

    static decimal[] V(System.Collections.Immutable.ImmutableArray<decimal?> parts) => [.. parts.Select(v => v ?? -1m)];

    static Plan WithPhasing(Plan plan, string id, params decimal[] weights) =>
        plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == id ? m with { Phasing = [.. weights] } : m)] };

    [Fact]
    public void Build_SeedPlan_SplitsEveryQuantityEvenlyOverTheQuarters()
    {
        var p = Split(SeedPlan.Build());

        Assert.Equal([250m, 250m, 250m, 250m], V(p.Metric("leads")!.Planned));
        Assert.Equal([25m, 25m, 25m, 25m], V(p.Metric("deals")!.Targets));
        Assert.Equal([5m, 5m, 5m, 5m], V(p.Metric("orders")!.Targets));
        Assert.Equal([25_000_000m, 25_000_000m, 25_000_000m, 25_000_000m], V(p.Metric("revenue")!.Targets));
        Assert.Equal(500m, p.Metric("leads")!.PlannedThrough(1));
    }

    [Fact]
    public void Build_QualityMetric_HoldsItsValueInEveryPeriod()
    {
        var p = Split(SeedPlan.Build());

        var winRate = p.Metric("win_rate")!;
        Assert.True(winRate.IsQuality);
        Assert.Equal([0.2m, 0.2m, 0.2m, 0.2m], V(winRate.Planned));
        Assert.Equal(0.2m, winRate.PlannedThrough(1));
    }

    [Fact]
    public void Build_UnevenPhasingOnLeads_DealsOrdersAndNewRevenueFollowTheRampUp()
    {
        var p = Split(WithPhasing(SeedPlan.Build(), "leads", 1m, 2m, 3m, 4m));

        Assert.Equal(PhasingSource.Metric, p.Metric("leads")!.Source);
        Assert.Equal([100m, 200m, 300m, 400m], V(p.Metric("leads")!.Planned));
        Assert.Equal(PhasingSource.Inputs, p.Metric("deals")!.Source);
        Assert.Equal([10m, 20m, 30m, 40m], V(p.Metric("deals")!.Planned));
        Assert.Equal([2m, 4m, 6m, 8m], V(p.Metric("orders")!.Targets));
        Assert.Equal([4_000_000m, 8_000_000m, 12_000_000m, 16_000_000m], V(p.Metric("new_revenue")!.Planned));
        // revenue = 6,000万 (even: 1,500万 a quarter) + new revenue (ramp-up): the sum follows its parts.
        Assert.Equal([19_000_000m, 23_000_000m, 27_000_000m, 31_000_000m], V(p.Metric("revenue")!.Planned));
    }

    [Fact]
    public void Build_PlanLevelPhasing_AppliesToInputsWithoutTheirOwn()
    {
        var plan = WithPhasing(SeedPlan.Build() with { Phasing = [1m, 1m, 1m, 2m] }, "repeat_revenue", 1m, 1m, 1m, 1m);

        var p = Split(plan);

        Assert.Equal(PhasingSource.Plan, p.Metric("leads")!.Source);
        Assert.Equal([200m, 200m, 200m, 400m], V(p.Metric("leads")!.Planned));
        Assert.Equal(PhasingSource.Metric, p.Metric("repeat_revenue")!.Source);
        Assert.Equal([15_000_000m, 15_000_000m, 15_000_000m, 15_000_000m], V(p.Metric("repeat_revenue")!.Planned));
    }

    [Fact]
    public void Build_CountThatDoesNotDivide_AddsUpToTheWholeNumberTotal()
    {
        var p = Split(SeedPlan.Build(), new ScenarioOverride("win_rate", 0.15m, null));

        var deals = p.Metric("deals")!;
        Assert.Equal(134m, deals.Metric.Target);
        Assert.Equal([34m, 34m, 33m, 33m], V(deals.Targets));
        Assert.Equal(134m, deals.TargetThrough(3));
        Assert.Equal([335m, 335m, 335m, 335m], V(p.Metric("leads")!.Targets));
    }
}
