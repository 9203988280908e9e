using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;
using static Ippon.Tests.TestPlans;

namespace Ippon.Tests.Calculation;

/// <summary>Back-calculation cases worked by hand: sums, products, quotients and whole-unit rounding.</summary>
public partial class BackCalculationTests
{
    static Plan Seed => Build();

    // ----- sums -----

    [Fact]
    public void Sum_OneOpenInput_TakesTheRemainder()
    {
        var plan = Of(
        [
            M("revenue", "repeat + new_sales + 500万", MetricRole.Kgi, target: 100_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("repeat", role: MetricRole.Ksf, target: 60_000_000m, unit: "JPY"),
            M("new_sales", role: MetricRole.Ksf, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(35_000_000m, r.Target("new_sales"));
        var d = r.Metric("new_sales")!.Derivation!;
        Assert.Equal(DerivationKind.Remainder, d.Kind);
        Assert.Equal("1億円 − 500万円 − 6,000万円 = 3,500万円", Explain.Step(r, r.Metric("new_sales")!, Language.Ja));
        Assert.Equal(100_000_000m, r.Planned("revenue"));
    }

    [Fact]
    public void Sum_SeveralOpenInputs_SplitTheRemainderInProportionToTheirPlans()
    {
        var plan = Of(
        [
            M("total", "a + b + c", MetricRole.Kgi, target: 1_000m, unit: "count", deadline: FiscalYearEnd),
            M("a", role: MetricRole.Ksf, value: 300m, unit: "count"),
            M("b", role: MetricRole.Ksf, value: 100m, unit: "count"),
            M("c", role: MetricRole.Ksf, target: 200m, unit: "count"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(600m, r.Target("a"));
        Assert.Equal(200m, r.Target("b"));
        Assert.Equal(DerivationKind.Share, r.Metric("a")!.Derivation!.Kind);
        Assert.Equal("(1,000件 − 200件) × 75% = 600件", Explain.Step(r, r.Metric("a")!, Language.Ja));
        // Planned below the shares they were given: both fall short.
        Assert.Contains(r.Of(Rule.TargetNotMet), f => f.Subject == "a");
    }

    [Fact]
    public void Sum_ShareOfCountsWithFractions_RoundsEachPartUp()
    {
        var plan = Of(
        [
            M("total", "a + b", MetricRole.Kgi, target: 100m, unit: "count", deadline: FiscalYearEnd),
            M("a", role: MetricRole.Ksf, value: 1m, unit: "count"),
            M("b", role: MetricRole.Ksf, value: 2m, unit: "count"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(34m, r.Target("a"));
        Assert.Equal(67m, r.Target("b"));
    }

    [Fact]
    public void Sum_MoneySplitThreeWays_IsInWholeYenAndAddsUpExactly()
    {
        var plan = Of(
        [
            M("revenue", "tokyo + osaka + nagoya", MetricRole.Kgi, target: 10_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("tokyo", role: MetricRole.Ksf, value: 1m, unit: "JPY"),
            M("osaka", role: MetricRole.Ksf, value: 1m, unit: "JPY"),
            M("nagoya", role: MetricRole.Ksf, value: 1m, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        decimal[] parts = [r.Target("tokyo")!.Value, r.Target("osaka")!.Value, r.Target("nagoya")!.Value];
        Assert.Equal([3_333_334m, 3_333_333m, 3_333_333m], parts);
        Assert.Equal(10_000_000m, parts.Sum());
    }

    [Fact]
    public void Sum_DollarsSplitThreeWays_IsInWholeCentsAndAddsUpExactly()
    {
        var plan = Of(
        [
            M("revenue", "a + b + c", MetricRole.Kgi, target: 100m, unit: "USD", deadline: FiscalYearEnd),
            M("a", role: MetricRole.Ksf, value: 1m, unit: "USD"),
            M("b", role: MetricRole.Ksf, value: 1m, unit: "USD"),
            M("c", role: MetricRole.Ksf, value: 1m, unit: "USD"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(33.34m, r.Target("a"));
        Assert.Equal(33.33m, r.Target("b"));
        Assert.Equal(100m, r.Target("a")! + r.Target("b")! + r.Target("c")!);
    }

    [Fact]
    public void Sum_SumFunction_WorksLikePlus()
    {
        var r = Seed.WithFormula("revenue", "sum(repeat_revenue, new_revenue)")
            .WithMetric("new_revenue", m => m with { Target = null })
            .Calculate();

        Assert.Equal(40_000_000m, r.Target("new_revenue"));
        Assert.Equal(1_000m, r.Target("leads"));
    }

    [Fact]
    public void Sum_AssumptionInput_IsHeldAtItsValueNotSolvedFor()
    {
        var plan = Of(
        [
            M("revenue", "base + growth", MetricRole.Kgi, target: 500m, unit: "JPY", deadline: FiscalYearEnd),
            M("base", value: 420m, unit: "JPY"),
            M("growth", role: MetricRole.Ksf, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        Assert.Null(r.Target("base"));
        Assert.Equal(80m, r.Target("growth"));
    }

    // ----- products and quotients -----

    [Fact]
    public void Product_SeedPlan_BackCalculatesTheChainAndExplainsIt()
    {
        var r = Seed.Calculate();

        Assert.Equal("4,000万円 ÷ 200万円 = 20件 → 20件 ÷ 20% = 100件 → 100件 ÷ 10% = 1,000件",
            Explain.Chain(r, r.Metric("leads")!, Language.Ja));
        Assert.Equal("40,000,000 JPY ÷ 2,000,000 JPY = 20 → 20 ÷ 20% = 100 → 100 ÷ 10% = 1,000",
            Explain.Chain(r, r.Metric("leads")!, Language.En));
    }

    [Fact]
    public void Quotient_LeverInTheNumerator_MultipliesBack()
    {
        var plan = Of(
        [
            M("revenue_per_head", "revenue / headcount", MetricRole.Kgi, target: 2_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("revenue", role: MetricRole.Ksf, unit: "JPY"),
            M("headcount", value: 50m, unit: "人"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(100_000_000m, r.Target("revenue"));
        Assert.Equal("200万円 × 50人 = 1億円", Explain.Step(r, r.Metric("revenue")!, Language.Ja));
    }

    [Fact]
    public void Quotient_LeverInTheDenominator_DividesTheNumeratorByTheTarget()
    {
        // budget / cpa = acquisitions: 1,000万円 ÷ 5,000件 = 2,000円 per acquisition at most.
        var plan = Of(
        [
            M("acquisitions", "budget / cpa", MetricRole.Kgi, target: 5_000m, unit: "count", deadline: FiscalYearEnd),
            M("budget", value: 10_000_000m, unit: "JPY"),
            M("cpa", role: MetricRole.Kpi, unit: "JPY", direction: Direction.Down),
        ]);

        var r = plan.Calculate();

        Assert.Equal(2_000m, r.Target("cpa"));
        Assert.Equal("1,000万円 ÷ 5,000件 = 2,000円", Explain.Step(r, r.Metric("cpa")!, Language.Ja));
        Assert.Equal(5_000m, r.Planned("acquisitions"));
    }

    [Fact]
    public void Difference_LeverSubtracted_IsTheOtherSideMinusTheTarget()
    {
        var plan = Of(
        [
            M("churned", "at_risk - saved", MetricRole.Kgi, target: 20m, unit: "社", direction: Direction.Down, deadline: FiscalYearEnd),
            M("at_risk", value: 50m, unit: "社"),
            M("saved", role: MetricRole.Kpi, unit: "社"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(30m, r.Target("saved"));
        Assert.Equal("50社 − 20社 = 30社", Explain.Step(r, r.Metric("saved")!, Language.Ja));
    }

    [Fact]
    public void Lever_ExplicitTargetWithPlanNotYetKnown_IsHeldAtItsTarget()
    {
        // churned_arr's own plan depends on saved, derived further down; until then it counts at its target (2,000万円).
        var plan = Of(
        [
            M("arr", "base - churned_arr + expansion", MetricRole.Kgi, target: 440_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("base", value: 400_000_000m, unit: "JPY"),
            M("churned_arr", "churned * avg", MetricRole.Ksf, target: 20_000_000m, unit: "JPY", direction: Direction.Down),
            M("churned", "at_risk - saved", MetricRole.Kpi, unit: "社", direction: Direction.Down),
            M("saved", role: MetricRole.Kpi, unit: "社"),
            M("at_risk", value: 50m, unit: "社"),
            M("avg", value: 1_000_000m, unit: "JPY"),
            M("expansion", role: MetricRole.Ksf, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(60_000_000m, r.Target("expansion"));
        Assert.Equal("4億4,000万円 − 3億8,000万円 = 6,000万円", Explain.Step(r, r.Metric("expansion")!, Language.Ja));
        Assert.Equal(30m, r.Target("saved"));
        Assert.Equal(440_000_000m, r.Planned("arr"));
    }

    [Fact]
    public void Lever_PartOfTheFormulaAsOperand_IsShownInTheParentsUnit()
    {
        var plan = Of(
        [
            M("arr", "base - churned_arr + expansion", MetricRole.Kgi, target: 440_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("base", value: 400_000_000m, unit: "JPY"),
            M("churned_arr", role: MetricRole.Ksf, target: 20_000_000m, unit: "JPY", direction: Direction.Down),
            M("expansion", role: MetricRole.Ksf, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        Assert.Equal("4億4,000万円 − 3億8,000万円 = 6,000万円", Explain.Step(r, r.Metric("expansion")!, Language.Ja));
        Assert.Equal("440,000,000 JPY − 380,000,000 JPY = 60,000,000 JPY", Explain.Step(r, r.Metric("expansion")!, Language.En));
    }

    [Fact]
    public void Explain_ChainOfAdditions_NeedsNoParentheses()
    {
        var plan = Of(
        [
            M("mrr_end", "mrr_start + new_mrr + expansion - churned", MetricRole.Kgi, target: 50_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("mrr_start", value: 36_000_000m, unit: "JPY"),
            M("new_mrr", role: MetricRole.Ksf, unit: "JPY"),
            M("expansion", role: MetricRole.Ksf, target: 2_400_000m, unit: "JPY"),
            M("churned", role: MetricRole.Ksf, target: 3_600_000m, unit: "JPY", direction: Direction.Down),
        ]);

        var r = plan.Calculate();

        Assert.Equal(15_200_000m, r.Target("new_mrr"));
        Assert.Equal("5,000万円 + 360万円 − 240万円 − 3,600万円 = 1,520万円", Explain.Step(r, r.Metric("new_mrr")!, Language.Ja));
    }

    [Fact]
    public void Explain_SubtractionUnderADivision_KeepsItsParentheses()
    {
        var plan = Of(
        [
            M("orders", "(deals - lost) * win_rate", MetricRole.Kgi, target: 20m, unit: "count", deadline: FiscalYearEnd),
            M("deals", role: MetricRole.Kpi, unit: "count"),
            M("lost", value: 10m, unit: "count"),
            M("win_rate", value: 0.2m, unit: "ratio"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(110m, r.Target("deals"));
        Assert.Equal("20件 ÷ 20% + 10件 = 110件", Explain.Step(r, r.Metric("deals")!, Language.Ja));
    }
}
