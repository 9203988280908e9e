using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;
using static Ippon.Tests.TestPlans;

namespace Ippon.Tests.Calculation;

/// <summary>Formulas that cannot be inverted step by step are solved numerically; the answer still meets the target exactly.</summary>
public partial class BackCalculationTests
{
    [Fact]
    public void NonLinear_MinCappedAboveTheNeed_SolvesToTheSameDealsAsTheProduct()
    {
        var r = Seed.WithFormula("orders", "min(deals, 500) * win_rate").Calculate();

        var deals = r.Metric("deals")!;
        Assert.Equal(100m, deals.Target);
        Assert.Equal(DerivationKind.Numeric, deals.Derivation!.Kind);
        Assert.False(deals.Derivation.Rounded);
        Assert.Equal(1_000m, r.Target("leads"));
        Assert.Equal("20件 = min(deals, 500) * win_rate を数値計算で解いて 100件", Explain.Step(r, deals, Language.Ja));
    }

    [Fact]
    public void NonLinear_Round_FindsTheLeastDealsThatRoundUpToTheTarget()
    {
        // round(0.2 × d) ≥ 20 holds from d = 97.5 (19.5 rounds away from zero): 98 deals, not any deal count up to 102.
        var r = Seed.WithFormula("orders", "round(deals * win_rate)").Calculate();

        Assert.Equal(98m, r.Target("deals"));
        Assert.Equal(97.5m, decimal.Round(r.Metric("deals")!.Derivation!.Raw, 12));
        Assert.Equal(980m, r.Target("leads"));
        Assert.Equal(20m, r.Planned("orders"));
    }

    [Fact]
    public void NonLinear_LeverUsedTwice_SolvesTheSumOfBothUses()
    {
        // 0.2 d + 0.05 d = 20 → d = 80.
        var r = Seed.WithFormula("orders", "deals * win_rate + deals * 0.05").Calculate();

        Assert.Equal(80m, r.Target("deals"));
        Assert.Equal(DerivationKind.Numeric, r.Metric("deals")!.Derivation!.Kind);
        Assert.Equal(800m, r.Target("leads"));
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void NonLinear_Power_SolvesTheRootAndNeverFallsShort()
    {
        // 6,400万円 × g² = 1億円 → g = 1.25.
        var plan = Of(
        [
            M("revenue", "base * growth ^ 2", MetricRole.Kgi, target: 100_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("base", value: 64_000_000m, unit: "JPY"),
            M("growth", role: MetricRole.Ksf, unit: "number"),
        ]);

        var r = plan.Calculate();

        var g = r.Target("growth")!.Value;
        Assert.InRange(g, 1.25m, 1.25m + 1e-18m);
        Assert.True(r.Planned("revenue") >= 100_000_000m);
        Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.TargetNotMet);
    }

    [Fact]
    public void NonLinear_CountSquared_IsExactAfterRounding()
    {
        var r = Seed.WithFormula("orders", "deals ^ 2 * win_rate").Calculate();

        var deals = r.Metric("deals")!;
        Assert.Equal(10m, deals.Target);
        Assert.Equal("20件 = deals ^ 2 * win_rate を数値計算で解いて 10件", Explain.Step(r, deals, Language.Ja));
    }

    [Fact]
    public void NonLinear_MaxThatCanNeverReachTheTarget_IsUnreachable()
    {
        var r = Seed.WithFormula("orders", "min(deals * win_rate, 15)").Calculate();

        Assert.Equal("deals", r.One(Rule.UnreachableTarget).Subject);
        Assert.Null(r.Target("deals"));
    }
}
