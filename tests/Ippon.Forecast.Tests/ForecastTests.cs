using Ippon.Calculation;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Forecast.Tests;

public class ForecastTests
{
    [Fact]
    public void APlanWithNoUncertainty_LandsExactlyWhereTheExactPlanDoes()
    {
        var plan = Plans.Read(Plans.SeedText.Replace("plan: 年間売上1億円計画", "plan: 年間売上1億円計画\nforecast: { defaults: none }", StringComparison.Ordinal));
        var exact = PlanCalculator.Calculate(plan);

        var f = Forecaster.Run(plan, Actuals.Empty, new ForecastOptions { Trials = 500, Confidence = null });

        foreach (var m in f.Metrics)
        {
            var planned = (double)exact.Metric(m.Id)!.PlannedValue!.Value;
            Assert.Equal((m.Id, planned, planned, planned, 0.0), (m.Id, m.Landing.P10, m.Landing.P50, m.Landing.P90, m.Landing.StdDev));
            Assert.Equal((m.Id, planned), (m.Id, m.Expected!.Value));
        }
        Assert.Equal(1.0, f.Kgi!.Probability);
        Assert.Empty(f.Contributions);
        Assert.Empty(f.Beliefs);
    }

    [Fact]
    public void TheSameSeed_GivesTheSameFiguresEveryRun_WhateverTheNumberOfThreads()
    {
        var plan = Plans.Seed;
        var actuals = Plans.AfterQ1(plan);
        ForecastResult Run(int threads) => Forecaster.Run(plan, actuals, new ForecastOptions { Trials = 30_000, Seed = 42, Parallelism = threads, SearchTrials = 5_000 });

        var a = Run(2);
        var b = Run(2);
        var c = Run(1);

        foreach (var r in new[] { b, c })
        {
            Assert.Equal(a.Metrics.Select(m => (m.Id, m.Landing, m.Probability)), r.Metrics.Select(m => (m.Id, m.Landing, m.Probability)));
            Assert.Equal(a.Contributions.AsEnumerable(), r.Contributions.AsEnumerable());
            Assert.Equal((a.AtConfidence!.LeverTarget, a.AtConfidence.Probability), (r.AtConfidence!.LeverTarget, r.AtConfidence.Probability));
        }
        var other = Forecaster.Run(plan, actuals, new ForecastOptions { Trials = 30_000, Seed = 43, Confidence = null, Contributions = false });
        Assert.NotEqual(a.Kgi!.Landing.Mean, other.Kgi!.Landing.Mean);
    }

    [Fact]
    public void TheSeedAfterQ1_AddsTheActualsToDateToTheSimulatedRest()
    {
        var plan = Plans.Seed;

        var f = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 20_000, Confidence = null, Contributions = false });

        var orders = f.Metric("orders")!;
        Assert.True(orders.Periods[0].Observed);
        Assert.Equal((3.0, 3.0), (orders.Periods[0].Band.P10, orders.Periods[0].Band.P90));
        Assert.All(orders.Periods.Skip(1), p => Assert.False(p.Observed));
        // Leads are the plan's commitment: 1,000 for the year, 200 done, 800 still to come.
        Assert.Equal(1000.0, f.Metric("leads")!.Landing.Mean);
        // Point forecast: 80 deals more at 10% (100 in all), 14 orders more at the posterior 17.5% (17 in all): 6,000万 + 17 × 200万.
        Assert.Equal(94_000_000.0, f.Kgi!.Expected!.Value, 6);
        Assert.InRange(f.Kgi.Probability!.Value, 0.2, 0.45);
        Assert.True(f.Kgi.Landing.P10 < f.Kgi.Landing.P50 && f.Kgi.Landing.P50 < f.Kgi.Landing.P90);
        Assert.All(f.Kgi.Landing is var l ? [l.P10, l.P50, l.P90] : Array.Empty<double>(), x => Assert.Equal(0.0, x % 2_000_000));
    }

    [Fact]
    public void TheContributions_ShareTheKgisSpreadAmongItsUncertainties()
    {
        var plan = Plans.Seed;

        var f = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 20_000, Confidence = null });

        Assert.Equal(["chance", "deal_rate", "win_rate"], f.Contributions.Select(c => c.Source).Order());
        Assert.Equal(1.0, f.Contributions.Sum(c => c.Share), 9);
        // After 3 orders out of 20 deals, the win rate is still the least known number.
        Assert.Equal("win_rate", f.Contributions[0].Source);
    }

    [Fact]
    public void TheLeadsForEightyPercent_FedBackIntoThePlan_GiveEightyPercent()
    {
        var plan = Plans.Seed;
        var actuals = Plans.AfterQ1(plan);

        var f = Forecaster.Run(plan, actuals, new ForecastOptions { Trials = 20_000, Confidence = 0.8, Contributions = false });
        var at = f.AtConfidence!;
        var fed = Forecaster.Run(plan, actuals, new ForecastOptions
        {
            Trials = 100_000,
            Seed = 999,
            Confidence = null,
            Contributions = false,
            Calculation = new CalculationOptions { Overrides = [new ScenarioOverride("leads", at.LeverTarget, null)] },
        });

        Assert.Equal("leads", at.Lever);
        Assert.Equal(1000m, at.BaselineLever);
        Assert.True(at.LeverTarget > 1000m);
        // The search ran on 20,000 trials (standard error 0.28%), the check on 100,000 others (0.13%): 5 of both, plus one lead's step.
        Assert.InRange(fed.Kgi!.Probability!.Value, 0.8 - 0.02, 0.8 + 0.02);
        Assert.True(at.Probability >= 0.8 - 0.01);
    }

    [Fact]
    public void ThePlanAtEightyPercent_IsTheExactBackCalculationToAHigherFigure_WithItsActionsAndLoads()
    {
        var plan = Plans.Seed;

        var at = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 10_000, Contributions = false }).AtConfidence!;

        // new_revenue is the lowest explicit target above leads: it rises, and the KGI's 1億円 rises by as much.
        Assert.NotNull(at.PlanningTarget);
        Assert.True(at.PlanningTarget > 100_000_000m);
        var leads = at.Plan.Metric("leads")!.Target!.Value;
        Assert.True(leads >= at.LeverTarget);
        Assert.Equal(at.PlanningTarget - 60_000_000m, at.Plan.Metric("new_revenue")!.Target);
        Assert.DoesNotContain(at.Plan.Findings, f => f.Rule.Id == "ksf-sum-mismatch");
        Assert.Equal(0.175m, at.Plan.Metric("win_rate")!.PlannedValue);
        Assert.All(at.Plan.Actions, a => Assert.NotNull(a.Load));
    }

    [Fact]
    public void ATargetBeyondReach_ReportsTheOverCapacityItImplies()
    {
        // Webinars can bring 1,200 leads a year at most; at 80% the plan needs more than the seed's capacity allows.
        var plan = Plans.Read(Plans.SeedText.Replace("share: 60%", "share: 90%", StringComparison.Ordinal));

        var at = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 10_000, Contributions = false }).AtConfidence!;

        Assert.Contains(at.NewFindings, f => f.Rule.Id == "over-capacity" && f.Subject == "webinars");
    }
}
