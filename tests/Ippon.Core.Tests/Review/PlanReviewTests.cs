using Ippon.Review;
using static Ippon.Tests.Review.ReviewFixtures;

namespace Ippon.Tests.Review;

public class PlanReviewTests
{
    [Fact]
    public void Run_ContractExample_ObservesA15PercentWinRate()
    {
        var r = Seed(ContractActuals);

        var win = r.Metric("win_rate")!;
        Assert.Equal("Q2", r.AsOf.Label);
        Assert.Equal(0.2m, win.PlannedToDate);
        Assert.Equal(0.15m, win.ActualToDate);
        Assert.Equal(ActualSource.Solved, win.Source);
        Assert.Equal(0.75m, win.Attainment);
        Assert.Equal(0.15m, win.Observed);
        Assert.Null(win.Forecast);
        Assert.Equal(0.15m, win.ReplannedTarget);
        Assert.Null(win.Remaining);
    }

    [Fact]
    public void Run_ContractExample_ReplansLeadsTo1340With940Remaining()
    {
        var leads = Seed(ContractActuals).Metric("leads")!;

        Assert.Equal(500m, leads.PlannedToDate);
        Assert.Equal(400m, leads.ActualToDate);
        Assert.Equal(0.8m, leads.Attainment);
        Assert.Null(leads.Observed);
        Assert.Equal(900m, leads.Forecast);
        Assert.Equal(800m, leads.ForecastRunRate);
        Assert.Equal(1340m, leads.ReplannedTarget);
        Assert.Equal(940m, leads.Remaining);
    }

    [Fact]
    public void Run_ContractExample_ObservesDealRateAndOrderValueAsPlanned()
    {
        var r = Seed(ContractActuals);

        Assert.Equal(0.1m, r.Metric("deal_rate")!.Observed);
        Assert.Equal(2_000_000m, r.Metric("unit_price")!.Observed);
        Assert.Equal([("win_rate", 0.15m)], r.Observed.Select(o => (o.Metric, o.Value!.Value)));
        Assert.Equal(134m, r.Metric("deals")!.ReplannedTarget);
        Assert.Equal(94m, r.Metric("deals")!.Remaining);
    }

    [Fact]
    public void Run_ContractExample_SharesWhatRemainsOverTheQuartersToCome()
    {
        var leads = Seed(ContractActuals).Metric("leads")!;

        Assert.Equal([null, null, 470m, 470m], leads.Periods.Select(p => p.Replanned));
        Assert.Equal([0.72m, 0.88m, null, null], leads.Periods.Select(p => p.Attainment));
        Assert.Equal([180m, 400m, null, null], leads.Periods.Select(p => p.CumulativeActual));
        Assert.Equal([250m, 500m, 750m, 1000m], leads.Periods.Select(p => p.CumulativePlan));
    }

    [Fact]
    public void Run_ContractExample_LandsTheKgiAt92MillionAndNamesWinRateThenLeads()
    {
        var r = Seed(ContractActuals);

        var kgi = r.Kgi!;
        Assert.Equal(50_000_000m, kgi.PlannedToDate);
        Assert.Equal(42_000_000m, kgi.ActualToDate);
        Assert.Equal(92_000_000m, kgi.Forecast);
        Assert.Equal(-8_000_000m, kgi.ForecastGap);
        Assert.Equal(["repeat_revenue"], kgi.AssumedOnPlan.ToArray());
        Assert.Equal(["win_rate", "leads"], r.Focus.Select(f => f.Metric));
        Assert.Equal(-4_500_000m, r.Focus[0].Contribution);
        Assert.Equal(-3_500_000m, r.Focus[1].Contribution);
        Assert.Equal("orders", r.Focus[0].Kpi);
        Assert.Contains("商談数 100件 → 134件", r.Focus[0].Reason.In(Ippon.Numbers.Language.Ja));
        Assert.Contains("940", r.Focus[1].Reason.In(Ippon.Numbers.Language.En));
    }

    [Fact]
    public void Run_RateGivenDirectly_WinsOverTheRateTheCountsImply()
    {
        var actuals = ContractActuals with { Rows = ContractActuals.Rows.AddRange(A("win_rate", 0, 0.16m), A("win_rate", 1, 0.16m)) };

        var win = Seed(actuals).Metric("win_rate")!;

        Assert.Equal(0.16m, win.Observed);
        Assert.Equal(ActualSource.Given, win.Source);
        Assert.Equal(0.16m, win.Periods[0].Actual);
    }

    [Fact]
    public void Run_OnlyLeadsAndOrders_LeavesTheUnobservableRatesUnknown()
    {
        var r = Seed(new Actuals([A("leads", 0, 200), A("orders", 0, 4)]));

        Assert.Null(r.Metric("deals")!.ActualToDate);
        Assert.Null(r.Metric("win_rate")!.Observed);
        Assert.Null(r.Metric("deal_rate")!.Observed);
        Assert.Equal(200m, r.Metric("leads")!.ActualToDate);
        Assert.Empty(r.Observed);
    }

    [Fact]
    public void Run_AllPartsOfASumGiven_ComputesTheKgisActual()
    {
        var actuals = ContractActuals with { Rows = ContractActuals.Rows.AddRange(A("repeat_revenue", 0, 15_000_000), A("repeat_revenue", 1, 15_000_000)) };

        var revenue = Seed(actuals).Metric("revenue")!;

        Assert.Equal(42_000_000m, revenue.ActualToDate);
        Assert.Equal(ActualSource.Computed, revenue.Source);
        Assert.Equal(0.84m, revenue.Attainment);
        Assert.Equal(92_000_000m, revenue.Forecast);
    }

    [Fact]
    public void Run_KgiAndOnePartGiven_BackSolvesTheOtherPart()
    {
        var r = Seed(new Actuals([A("revenue", 0, 20_000_000), A("new_revenue", 0, 4_000_000)]));

        Assert.Equal(16_000_000m, r.Metric("repeat_revenue")!.ActualToDate);
        Assert.Equal(ActualSource.Solved, r.Metric("repeat_revenue")!.Source);
    }

    [Fact]
    public void Run_AsOfQ1_CountsOnlyQ1AndSplitsTheRestOverThreeQuarters()
    {
        var leads = Seed(ContractActuals, asOf: 0).Metric("leads")!;

        Assert.Equal(250m, leads.PlannedToDate);
        Assert.Equal(180m, leads.ActualToDate);
        // Q1 alone: 2 orders of 18 deals → win rate 11.1%, so leads are re-planned from it.
        Assert.Equal(leads.ReplannedTarget - 180m, leads.Remaining);
        Assert.Equal(leads.Remaining, leads.Periods.Skip(1).Sum(p => p.Replanned));
        Assert.All(leads.Periods.Skip(1), p => Assert.Equal(decimal.Truncate(p.Replanned!.Value), p.Replanned));
    }

    [Fact]
    public void Run_MissingAQuarterOfOneMetric_WarnsThatItsTotalIsPartial()
    {
        var r = Seed(new Actuals([A("leads", 0, 180), A("deals", 0, 18), A("deals", 1, 22)]));

        var finding = Assert.Single(r.Findings, f => f.Rule == ReviewRules.ActualsIncomplete);
        Assert.Equal("leads", finding.Subject);
        Assert.Contains("none for Q2", finding.Message.ToString());
    }

    [Fact]
    public void Run_ReplanBeyondCapacity_WarnsWithTheRule()
    {
        // Win rate 5% asks for 400 deals → 40,000 calls, above the 14,400 the team can make.
        var r = Seed(new Actuals([A("deals", 0, 20), A("orders", 0, 1)]));

        var finding = Assert.Single(r.Findings, f => f.Rule == ReviewRules.ReplanInfeasible && f.Subject == "calls");
        Assert.Contains("over-capacity", finding.Message.ToString());
        Assert.DoesNotContain(r.Findings, f => f.Rule == Ippon.Checks.Rule.OverCapacity);
        Assert.False(r.HasErrors);
    }
}
