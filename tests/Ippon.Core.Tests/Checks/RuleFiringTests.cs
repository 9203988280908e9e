using Ippon.Checks;
using Ippon.Dimensions;
using Ippon.Numbers;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;
using static Ippon.Tests.TestPlans;

namespace Ippon.Tests.Checks;

/// <summary>Each rule of the contract's table (and Rule.cs's extra ones) made to fire by one change to an otherwise clean plan.</summary>
/// <remarks>Test names start with the rule's name in PascalCase; <see cref="RuleSilenceTests"/> checks that every rule has one.</remarks>
public class RuleFiringTests
{
    static Plan Seed => Build();

    [Fact]
    public void UnknownMetric_FormulaNamesAMissingId_FiresWithColumnAndSuggestion()
    {
        var r = Seed.WithFormula("orders", "deals * win_rat").Calculate();

        var f = r.One(Rule.UnknownMetric);
        Assert.Equal("orders", f.Subject);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("column 9", f.Message.In(Language.En));
        Assert.Contains("did you mean 'win_rate'?", f.Message.In(Language.En));
        Assert.Contains("'win_rate' のことですか?", f.Message.In(Language.Ja));
    }

    [Fact]
    public void UnknownMetric_ActionDrivesAMissingId_FiresOnTheAction()
    {
        var r = Seed.WithAction("calls", a => a with { Drives = "deal" }).Calculate();

        var f = r.One(Rule.UnknownMetric);
        Assert.Equal("calls", f.Subject);
        Assert.Contains("did you mean 'deals'?", f.Message.In(Language.En));
    }

    [Fact]
    public void FormulaCycle_TwoFormulasReadEachOther_FiresWithTheLoop()
    {
        var r = Seed.WithFormula("deals", "leads * deal_rate + orders").Calculate();

        var f = r.One(Rule.FormulaCycle);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("orders", f.Subject);
        Assert.Contains("orders → deals → orders", f.Message.In(Language.En));
        Assert.Null(r.Planned("revenue"));
    }

    [Fact]
    public void FormulaCycle_FormulaReadsItself_Fires()
    {
        var r = Seed.WithFormula("deals", "deals * deal_rate").Calculate();

        Assert.Equal("deals", r.One(Rule.FormulaCycle).Subject);
    }

    [Fact]
    public void NoKgi_NoMetricHasRoleKgi_Fires()
    {
        var r = Seed.WithMetric("revenue", m => m with { Role = MetricRole.Ksf }).Calculate();

        var f = r.One(Rule.NoKgi);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("role: kgi", f.Message.In(Language.En));
    }

    [Fact]
    public void MultipleKgi_TwoMetricsHaveRoleKgi_FiresNamingBoth()
    {
        var r = Seed.WithMetric("new_revenue", m => m with { Role = MetricRole.Kgi }).Calculate();

        var f = r.One(Rule.MultipleKgi);
        Assert.Contains("revenue, new_revenue", f.Message.In(Language.En));
    }

    [Fact]
    public void KsfSumMismatch_ExplicitPartsFallShortOfTheTotal_FiresWithTheDifference()
    {
        var r = Seed.WithMetric("repeat_revenue", m => m with { Target = 50_000_000m }).Calculate();

        var f = r.One(Rule.KsfSumMismatch);
        Assert.Equal("revenue", f.Subject);
        Assert.Contains("1億円", f.Message.In(Language.Ja));
        Assert.Contains("9,000万円", f.Message.In(Language.Ja));
        Assert.Contains("1,000万円", f.Message.In(Language.Ja));
    }

    [Fact]
    public void KsfSumMismatch_ExplicitPartsExceedTheTotalWithAnOpenPart_FiresAndLeavesTheOpenPartWithoutTarget()
    {
        var plan = Of(
        [
            M("total", "a + b + c", MetricRole.Kgi, target: 100m, unit: "count", deadline: FiscalYearEnd),
            M("a", role: MetricRole.Ksf, target: 70m, unit: "count"),
            M("b", role: MetricRole.Ksf, target: 40m, unit: "count"),
            M("c", role: MetricRole.Ksf, unit: "count"),
        ]);

        var r = plan.Calculate();

        Assert.Contains("already reach 110", r.One(Rule.KsfSumMismatch).Message.In(Language.En));
        Assert.Null(r.Target("c"));
    }

    [Fact]
    public void AmbiguousBackCalculation_ProductOfTwoLeversWithoutPlans_Fires()
    {
        var r = Seed.WithMetric("win_rate", m => m with { Value = null }).Calculate();

        var f = r.One(Rule.AmbiguousBackCalculation);
        Assert.Equal("orders", f.Subject);
        Assert.Contains("deals, win_rate", f.Message.In(Language.En));
    }

    [Fact]
    public void AmbiguousBackCalculation_SumOfTwoOpenPartsWithoutPlans_Fires()
    {
        var r = Seed.WithMetric("repeat_revenue", m => m with { Target = null })
            .WithMetric("new_revenue", m => m with { Target = null })
            .Calculate();

        var f = r.One(Rule.AmbiguousBackCalculation);
        Assert.Equal("revenue", f.Subject);
        Assert.Contains("cannot split", f.Message.In(Language.En));
    }

    [Fact]
    public void UnreachableTarget_ZeroPercentRate_FiresAsDivisionByZero()
    {
        var r = Seed.WithMetric("deal_rate", m => m with { Value = 0m }).Calculate();

        var f = r.One(Rule.UnreachableTarget);
        Assert.Equal("leads", f.Subject);
        Assert.Contains("deal_rate", f.Message.In(Language.En));
        Assert.Contains("division by zero", f.Message.In(Language.En));
        Assert.Contains("ゼロ除算", f.Message.In(Language.Ja));
    }

    [Fact]
    public void UnreachableTarget_DerivedRateAbove100Percent_FiresWithTheRateNeeded()
    {
        // 20 orders from 10 planned deals would need a win rate of 200%.
        var r = Seed.WithMetric("deals", m => m with { Formula = null, Value = 10m })
            .WithMetric("win_rate", m => m with { Value = null, Role = MetricRole.Kpi, Owner = "営業部" })
            .Calculate();

        var f = r.One(Rule.UnreachableTarget);
        Assert.Equal("win_rate", f.Subject);
        Assert.Contains("200%", f.Message.In(Language.En));
        Assert.Equal(2m, r.Target("win_rate"));
    }

    [Fact]
    public void UnreachableTarget_NoValueOfTheLeverMeetsTheTarget_Fires()
    {
        // min(deals, 50) can never reach 100 deals' worth of orders.
        var r = Seed.WithFormula("orders", "min(deals, 50) * win_rate").Calculate();

        var f = r.One(Rule.UnreachableTarget);
        Assert.Equal("deals", f.Subject);
        Assert.Contains("no value of", f.Message.In(Language.En));
    }

    [Fact]
    public void UnreachableTarget_ActionWithZeroPerUnit_FiresOnTheAction()
    {
        var r = Seed.WithAction("calls", a => a with { PerUnit = 0m }).Calculate();

        Assert.Equal("calls", r.One(Rule.UnreachableTarget).Subject);
    }

    [Theory]
    [InlineData(1.2, "120%")]
    [InlineData(-0.05, "-5%")]
    public void InvalidRate_RatioValueOutside0To100Percent_Fires(double rate, string shown)
    {
        var r = Seed.WithMetric("deal_rate", m => m with { Value = (decimal)rate }).Calculate();

        var f = r.One(Rule.InvalidRate);
        Assert.Equal("deal_rate", f.Subject);
        Assert.Contains(shown, f.Message.In(Language.En));
    }

    [Fact]
    public void InvalidRate_RatioTargetAbove100Percent_Fires()
    {
        var r = Seed.WithMetric("win_rate", m => m with { Target = 1.5m }).Calculate();

        Assert.Contains("target 150%", r.One(Rule.InvalidRate).Message.In(Language.En));
    }

    [Fact]
    public void OverCapacity_VolumeAboveWhatTheTeamCanDo_FiresWithThePacePerPersonPerDay()
    {
        // 10,000 calls by 4 people in 100 days is 25 a day each; they can make 15.
        var r = Seed.WithAction("calls", a => a with { Capacity = Capacity.Of(4, 15, 100) }).Calculate();

        var f = r.One(Rule.OverCapacity);
        Assert.Equal("calls", f.Subject);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("25", f.Message.In(Language.En));
        Assert.Contains("6,000", f.Message.In(Language.En));
        Assert.Equal(10_000m / 6_000m, r.Action("calls")!.Load);
    }

    [Fact]
    public void OverCapacity_ExplicitVolumeAbovePlainCapacity_Fires()
    {
        var r = Seed.WithAction("webinars", a => a with { Volume = 13m, Share = null }).Calculate();

        Assert.Equal("webinars", r.One(Rule.OverCapacity).Subject);
    }

    [Fact]
    public void NegativeCount_CountValueBelowZero_Fires()
    {
        var r = Seed.WithMetric("leads", m => m with { Value = -5m }).Calculate();

        var f = r.One(Rule.NegativeCount);
        Assert.Equal("leads", f.Subject);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("-5", f.Message.In(Language.En));
    }

    [Fact]
    public void FormulaDimension_FormulaByProductReadsAMetricByRegion_Fires()
    {
        // deals vary by region (from leads); orders is declared by product, which deals do not vary over.
        var plan = Seed with { Dimensions = [new Dimension("region", ["東京", "大阪"]), new Dimension("product", ["A", "B"])] };
        plan = plan.WithMetric("leads", m => m with { By = ["region"] })
            .WithMetric("orders", m => m with { By = ["product"] });

        var r = plan.Calculate();

        var f = r.One(Rule.FormulaShape);
        Assert.Equal("formula-dimension", f.Rule.Id);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("orders", f.Subject);
        Assert.Contains("sum(deals)", f.Message.In(Language.En));
    }

    [Fact]
    public void UnconnectedMetric_KpiInNoFormula_Fires()
    {
        var plan = Seed with { Metrics = Seed.Metrics.Add(M("referrals", role: MetricRole.Kpi, unit: "count", target: 10m)) };

        var r = plan.Calculate();

        var f = r.One(Rule.UnconnectedMetric);
        Assert.Equal("referrals", f.Subject);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.False(r.Metric("referrals")!.ConnectedToKgi);
    }

    [Fact]
    public void TooManyKpis_OwnerAboveTheThreshold_FiresNamingTheOwner()
    {
        var plan = Seed with { Checks = new CheckSettings { MaxKpisPerOwner = 1 } };

        var r = plan.Calculate();

        var f = r.One(Rule.TooManyKpis);
        Assert.Equal("営業部", f.Subject);
        Assert.Contains("新規受注数, 商談数", f.Message.In(Language.Ja));
    }

    [Fact]
    public void TooManyKpis_FourKpisForOneOwnerByDefault_Fires()
    {
        var plan = Seed.WithMetric("leads", m => m with { Owner = "営業部" })
            .WithMetric("repeat_revenue", m => m with { Role = MetricRole.Kpi, Owner = "営業部" });

        Assert.Equal("営業部", plan.Calculate().One(Rule.TooManyKpis).Subject);
    }

    [Fact]
    public void MissingQualityPair_QuantityKpiOnlySummedIntoTheKgi_Fires()
    {
        var plan = Of(
        [
            M("users", "new_users + existing_users", MetricRole.Kgi, target: 100_000m, unit: "count", deadline: FiscalYearEnd),
            M("existing_users", role: MetricRole.Ksf, target: 80_000m, unit: "count"),
            M("new_users", role: MetricRole.Kpi, unit: "count"),
        ], [Action("ads", "new_users", perUnit: 1m, capacity: Capacity.Of(30_000m))]);

        var r = plan.Calculate();

        var f = r.One(Rule.MissingQualityPair);
        Assert.Equal("new_users", f.Subject);
        Assert.Equal(20_000m, r.Target("new_users"));
    }

    [Fact]
    public void KpiWithoutAction_InputKpiNoActionDrives_Fires()
    {
        var plan = Seed with { Actions = [.. Seed.Actions.Where(a => a.Drives != "leads")] };

        var f = plan.Calculate().One(Rule.KpiWithoutAction);

        Assert.Equal("leads", f.Subject);
        Assert.Contains("drives: leads", f.Message.In(Language.En));
    }

    [Fact]
    public void KpiNotCovered_ExplicitVolumeBelowTheTarget_FiresWithTheCoverage()
    {
        var r = Seed.WithAction("calls", a => a with { Volume = 5_000m }).Calculate();

        var f = r.One(Rule.KpiNotCovered);
        Assert.Equal("deals", f.Subject);
        Assert.Contains("50%", f.Message.In(Language.En));
        Assert.Equal(0.5m, r.Metric("deals")!.Coverage);
    }

    [Fact]
    public void CapacityUnknown_ActionWithoutCapacity_Fires()
    {
        var r = Seed.WithAction("calls", a => a with { Capacity = null }).Calculate();

        var f = r.One(Rule.CapacityUnknown);
        Assert.Equal("calls", f.Subject);
        Assert.Null(r.Action("calls")!.Load);
    }

    [Fact]
    public void MissingOwner_KpiWithoutOwner_Fires()
    {
        var r = Seed.WithMetric("deals", m => m with { Owner = null }).Calculate();

        Assert.Equal("deals", r.One(Rule.MissingOwner).Subject);
    }

    [Fact]
    public void MissingOwner_ActionWithoutOwner_Fires()
    {
        var r = Seed.WithAction("webinars", a => a with { Owner = " " }).Calculate();

        Assert.Equal("webinars", r.One(Rule.MissingOwner).Subject);
    }

    [Fact]
    public void MissingDeadline_NoKgiDeadlineAndNoHorizon_FiresForEveryGoalAndAction()
    {
        var plan = Seed.WithMetric("revenue", m => m with { Deadline = null }) with { Horizon = null };
        plan = plan with { Actions = [.. plan.Actions.Select(a => a with { Due = null })] };

        var r = plan.Calculate();

        var subjects = r.Of(Rule.MissingDeadline).Select(f => f.Subject).ToList();
        Assert.Equal(["revenue", "repeat_revenue", "new_revenue", "orders", "deals", "leads", "calls", "webinars", "seo_articles"], subjects);
        Assert.False(r.Metric("orders")!.Smart!.TimeBound);
    }

    [Fact]
    public void TargetNotMet_PlannedInputBelowItsDerivedTarget_FiresWithTheGap()
    {
        var r = Seed.WithMetric("leads", m => m with { Value = 800m }).Calculate();

        var leads = r.Of(Rule.TargetNotMet).Single(f => f.Subject == "leads");
        Assert.Contains("short of its target 1,000 (gap -200)", leads.Message.In(Language.En));
        Assert.Contains(r.Of(Rule.TargetNotMet), f => f.Subject == "revenue");
        Assert.Equal(-8_000_000m, r.Metric("revenue")!.Gap);
    }

    [Fact]
    public void TargetNotMet_DownMetricPlannedAboveItsTarget_Fires()
    {
        var plan = Of(
        [
            M("profit", "sales - churn_loss", MetricRole.Kgi, target: 900m, unit: "JPY", deadline: FiscalYearEnd),
            M("sales", role: MetricRole.Ksf, target: 1_000m, unit: "JPY"),
            M("churn_loss", role: MetricRole.Ksf, value: 150m, unit: "JPY", direction: Direction.Down),
        ]);

        var r = plan.Calculate();

        var down = r.Of(Rule.TargetNotMet).Single(f => f.Subject == "churn_loss");
        Assert.Contains("above its target", down.Message.In(Language.En));
        Assert.Equal(100m, r.Target("churn_loss"));
    }

    [Fact]
    public void KgiWithoutTarget_KgiHasNoTarget_FiresAndNothingIsDerived()
    {
        var r = Seed.WithMetric("revenue", m => m with { Target = null })
            .WithMetric("new_revenue", m => m with { Target = null })
            .Calculate();

        Assert.Equal("revenue", r.One(Rule.KgiWithoutTarget).Subject);
        Assert.Null(r.Target("orders"));
    }

    [Fact]
    public void VolumeOutOfBounds_DerivedVolumeAboveMax_FiresOnTheAction()
    {
        var r = Seed.WithAction("webinars", a => a with { Max = 5 }).Calculate();

        var f = r.One(Rule.VolumeOutOfBounds);
        Assert.Equal("webinars", f.Subject);
        Assert.Contains("its max is 5", f.Message.In(Language.En));
        Assert.Contains("上限 (max) は 5回", f.Message.In(Language.Ja));
    }

    [Fact]
    public void VolumeOutOfBounds_WrittenVolumeBelowMin_Fires()
    {
        var r = Seed.WithAction("webinars", a => a with { Volume = 6, Min = 8 }).Calculate();

        Assert.Equal("webinars", r.One(Rule.VolumeOutOfBounds).Subject);
    }

    [Fact]
    public void VolumeOutOfBounds_DerivedVolumeBelowMin_IsSilentBecauseTheMinimumOnlyOvershoots()
    {
        var r = Seed.WithAction("webinars", a => a with { Min = 8 }).Calculate();

        Assert.Empty(r.Of(Rule.VolumeOutOfBounds));
    }

    // out-of-range: plans built in code skip the reader's ±10^18 limit, so these reach the arithmetic itself.

    [Fact]
    public void OutOfRange_TinyPerUnitUnderAHugeTarget_FiresOnTheDrivenMetricInsteadOfCrashing()
    {
        // 10^26 yen of new revenue → 2.5 × 10^20 deals → ÷ 10^-10 per call = 2.5 × 10^30 calls.
        var r = Seed.WithMetric("revenue", m => m with { Target = 1e26m + 60_000_000m })
            .WithMetric("new_revenue", m => m with { Target = 1e26m })
            .WithAction("calls", a => a with { PerUnit = 1e-10m }).Calculate();

        var f = Assert.Single(r.Findings, f => f.Rule == Rule.OutOfRange);
        Assert.Equal("deals", f.Subject);
        Assert.Null(r.Action("calls")!.Volume);
    }

    [Fact]
    public void OutOfRange_ShareOf8e26_FiresOnTheDrivenMetric()
    {
        var r = Seed.WithAction("webinars", a => a with { Share = 8e26m }).Calculate();

        Assert.Equal("leads", r.One(Rule.OutOfRange).Subject);
    }

    [Fact]
    public void OutOfRange_SumOfTwoInputsOf5e28_FiresOnTheSum()
    {
        var plan = Of([
            M("total", "a + b", MetricRole.Kgi, target: 1m),
            M("a", value: 5e28m),
            M("b", value: 5e28m)]);

        var f = Assert.Single(plan.Calculate().Findings, f => f.Rule == Rule.OutOfRange && f.Subject == "total");

        Assert.Contains("beyond the range of exact arithmetic", f.Message.In(Language.En));
    }

    [Fact]
    public void OutOfRange_ALeverBackCalculatedBeyondTheRange_IsOutOfRangeNotUnreachable()
    {
        // 10^28 orders ÷ a win rate of 10^-10 would be 10^38 deals.
        var r = Seed.WithMetric("revenue", m => m with { Target = 7e28m })
            .WithMetric("repeat_revenue", m => m with { Target = 6e28m })
            .WithMetric("new_revenue", m => m with { Target = 1e28m })
            .WithMetric("unit_price", m => m with { Value = 1m })
            .WithMetric("win_rate", m => m with { Value = 1e-10m })
            .Calculate();

        Assert.True(r.Findings.Any(f => f.Rule == Rule.OutOfRange && f.Subject == "deals"), string.Join("\n", r.Findings.Select(f => f.Message.In(Language.En))));
        Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.UnreachableTarget);
    }

    [Fact]
    public void OutOfRange_CapacityWhosePartsMultiplyBeyondTheRange_IsAFindingNotACrash()
    {
        var r = Seed.WithAction("calls", a => a with { Capacity = Capacity.Of(1e20m, 1e10m, 1e10m) }).Calculate();

        Assert.Contains(r.Findings, f => f.Rule == Rule.OutOfRange);
    }

    [Fact]
    public void InvalidRate_RatioOf1e27_IsShownInScientificNotationNotACrash()
    {
        var r = Seed.WithMetric("win_rate", m => m with { Value = 1e27m }).Calculate();

        Assert.Contains("1E+29%", r.One(Rule.InvalidRate).Message.In(Language.En));
    }

    [Fact]
    public void TargetNotMet_AMillionShortOf10To18_IsAGapNotZero()
    {
        // Before, the tolerance was 10^-12 of the target: 10^6 at 10^18, so this gap printed as ±0.
        var plan = Of([
            M("total", "a + b", MetricRole.Kgi, target: 1e18m, deadline: FiscalYearEnd),
            M("a", value: 5e17m),
            M("b", value: 5e17m - 1_000_000m)]);

        var r = plan.Calculate();

        Assert.Equal(-1_000_000m, r.Metric("total")!.Gap);
        Assert.Equal("total", r.One(Rule.TargetNotMet).Subject);
    }
}

