using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;
using static Ippon.Tests.TestPlans;

namespace Ippon.Tests.Calculation;

/// <summary>Whole units: counts round up (down for direction: down), the rounded number flows further down, and decimal noise never adds a unit.</summary>
public partial class BackCalculationTests
{
    [Fact]
    public void Rounding_HalfAnOrder_RoundsUpAndTheRoundedNumberFlowsDown()
    {
        // 4,100万円 ÷ 200万円 = 20.5 orders → 21 → 21 ÷ 20% = 105 deals (not 102.5 → 103) → 1,050 leads.
        var r = Seed.WithMetric("new_revenue", m => m with { Target = 41_000_000m })
            .WithMetric("repeat_revenue", m => m with { Target = 59_000_000m })
            .Calculate();

        var orders = r.Metric("orders")!;
        Assert.Equal(21m, orders.Target);
        Assert.Equal(20.5m, orders.Derivation!.Raw);
        Assert.True(orders.Derivation.Rounded);
        Assert.Equal(105m, r.Target("deals"));
        Assert.Equal(1_050m, r.Target("leads"));
        Assert.Equal(10_500m, r.Action("calls")!.Volume);
        Assert.Equal("4,100万円 ÷ 200万円 = 20.5件 → 21件 (切り上げ)", Explain.Step(r, orders, Language.Ja));
        Assert.Equal("41,000,000 JPY ÷ 2,000,000 JPY = 20.5 → 21 (rounded up)", Explain.Step(r, orders, Language.En));
        // Rounding up over-delivers the parent: 21 orders × 200万円.
        Assert.Equal(42_000_000m, r.Planned("new_revenue"));
    }

    [Fact]
    public void Rounding_WinRate15Percent_Gives134DealsAnd1340LeadsExactly()
    {
        var r = Seed.Calculate(("win_rate", 0.15m));

        Assert.Equal(20m, r.Target("orders"));
        Assert.Equal(134m, r.Target("deals"));
        Assert.Equal(1_340m, r.Target("leads"));
        Assert.Equal(13_400m, r.Action("calls")!.Volume);
        Assert.Equal("20件 ÷ 15% ≒ 133.33件 → 134件 (切り上げ)", Explain.Step(r, r.Metric("deals")!, Language.Ja));
        Assert.Equal("134件 ÷ 10% = 1,340件", Explain.Step(r, r.Metric("leads")!, Language.Ja));
    }

    [Fact]
    public void Explain_ARateOfOneThird_ShowsTheRateTheEngineUsedNotItsRoundedDisplay()
    {
        // The explanation printed "÷ 33.33%" while the engine divided by 33.333…%; now the digits it used, up to eight.
        var r = Seed.Calculate(("win_rate", 1m / 3m));

        Assert.StartsWith("20 ÷ 33.33333333…% = 60", Explain.Step(r, r.Metric("deals")!, Language.En));
    }

    [Fact]
    public void Explain_AResultThatLooksWholeWhenRounded_ShowsWhyItRoundsUp()
    {
        var r = Seed.Calculate(("win_rate", 0.333333m));

        Assert.Equal("20件 ÷ 33.3333% ≒ 60.00006…件 → 61件 (切り上げ)", Explain.Step(r, r.Metric("deals")!, Language.Ja));
    }

    [Theory]
    [InlineData(0.15, 0.10, 134, 1_340)]
    [InlineData(0.07, 0.10, 286, 2_860)]
    [InlineData(0.07, 0.03, 286, 9_534)]
    [InlineData(0.15, 0.03, 134, 4_467)]
    [InlineData(0.25, 0.04, 80, 2_000)]
    public void Rounding_VariousRates_RoundUpOnlyRealFractions(double winRate, double dealRate, int deals, int leads)
    {
        var r = Seed.Calculate(("win_rate", (decimal)winRate), ("deal_rate", (decimal)dealRate));

        Assert.Equal(deals, r.Target("deals"));
        Assert.Equal(leads, r.Target("leads"));
        Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.TargetNotMet);
    }

    [Fact]
    public void Rounding_OneThirdRates_NoiseNeverAddsAUnitOrAFinding()
    {
        // 20 ÷ 0.333…3 = 60.000…06 and 60 ÷ 0.333…3 = 180.000…02: decimal noise, not a real excess.
        var third = 1m / 3m;
        var r = Seed.Calculate(("win_rate", third), ("deal_rate", third));

        Assert.Equal(60m, r.Target("deals"));
        Assert.Equal(180m, r.Target("leads"));
        Assert.False(r.Metric("deals")!.Derivation!.Rounded);
        // Forward, 180 × 0.333…3 = 59.999…99: the plan meets its target, with no gap and no warning.
        Assert.Equal(60m, r.Planned("deals"));
        Assert.Equal(0m, r.Metric("deals")!.Gap);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Rounding_OneThirdDealRateAndWinRate15Percent_Keeps402Leads()
    {
        var r = Seed.Calculate(("win_rate", 0.15m), ("deal_rate", 1m / 3m));

        Assert.Equal(134m, r.Target("deals"));
        Assert.Equal(402m, r.Target("leads"));
        Assert.Equal("134件 ÷ 33.33333333…% = 402件", Explain.Step(r, r.Metric("leads")!, Language.Ja));
        Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.TargetNotMet);
    }

    [Fact]
    public void Rounding_DirectionDownCount_RoundsDown()
    {
        // A churn budget of 1,000万円 at 30万円 a customer allows 33.3 customers lost: at most 33.
        var plan = Of(
        [
            M("profit", "sales - churn_cost", MetricRole.Kgi, target: 90_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("sales", role: MetricRole.Ksf, target: 100_000_000m, unit: "JPY"),
            M("churn_cost", "churned * cost_per_churn", MetricRole.Ksf, unit: "JPY", direction: Direction.Down),
            M("churned", role: MetricRole.Kpi, unit: "社", direction: Direction.Down),
            M("cost_per_churn", value: 300_000m, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        Assert.Equal(10_000_000m, r.Target("churn_cost"));
        Assert.Equal(33m, r.Target("churned"));
        Assert.Equal("1,000万円 ÷ 30万円 ≒ 33.33社 → 33社 (切り捨て)", Explain.Step(r, r.Metric("churned")!, Language.Ja));
        Assert.Equal("10,000,000 JPY ÷ 300,000 JPY ≒ 33.33 companies → 33 companies (rounded down)", Explain.Step(r, r.Metric("churned")!, Language.En));
        // Planned at 33, the churn cost is 990万円: within its budget, so the KGI is met.
        Assert.Equal(9_900_000m, r.Planned("churn_cost"));
        Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.TargetNotMet);
    }

    [Fact]
    public void Rounding_DirectionDownPlannedAboveTarget_IsNotMet()
    {
        var plan = Of(
        [
            M("profit", "sales - churn_cost", MetricRole.Kgi, target: 90_000_000m, unit: "JPY", deadline: FiscalYearEnd),
            M("sales", role: MetricRole.Ksf, target: 100_000_000m, unit: "JPY"),
            M("churn_cost", "churned * cost_per_churn", MetricRole.Ksf, unit: "JPY", direction: Direction.Down),
            M("churned", role: MetricRole.Kpi, value: 40m, unit: "社", direction: Direction.Down),
            M("cost_per_churn", value: 300_000m, unit: "JPY"),
        ]);

        var r = plan.Calculate();

        var subjects = r.Of(Rule.TargetNotMet).Select(f => f.Subject).ToList();
        Assert.Contains("churned", subjects);
        Assert.Contains("profit", subjects);
        Assert.Equal(7m, r.Metric("churned")!.Gap);
    }

    [Fact]
    public void Rounding_TwoParentsAskForDifferentTargets_TheMoreDemandingWins()
    {
        // leads feed deals (1,000 needed at 10%) and MQLs (1,500 needed at 40% for 600 MQLs).
        var plan = Seed with
        {
            Metrics = Seed.Metrics.Add(M("mqls", "leads * mql_rate", MetricRole.Ksf, target: 600m, unit: "count"))
                .Add(M("mql_rate", value: 0.4m, unit: "ratio")),
        };

        var r = plan.Calculate();

        Assert.Equal(1_500m, r.Target("leads"));
        Assert.Equal("mqls", r.Metric("leads")!.Derivation!.Parent);
    }
}
