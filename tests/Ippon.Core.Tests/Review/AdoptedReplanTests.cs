using Ippon.Plans;
using Ippon.Review;
using static Ippon.Tests.Review.ReviewFixtures;

namespace Ippon.Tests.Review;

/// <summary>
/// A re-plan adopted at Q2 keeps Q1 and Q2 as they were planned and re-plans Q3 and Q4 only. Seed plan, Q1 and Q2 each
/// 200 leads, 20 deals, 3 orders, 600万円 new revenue: win rate 6 ÷ 40 = 15% against 20%. Worked by hand:
/// the plan was 250 leads, 25 deals, 5 orders, 1,000万円 new revenue and 2,500万円 revenue a quarter; at 15% it asks
/// 1,340 leads (940 after the 400 done: 470 a quarter), 134 deals (94: 47), 20 orders (14: 7), 4,000万円 new revenue
/// (2,800万円: 1,400万円), and revenue 1億円 less the 4,200万円 done (3,000万円 repeat on plan + 1,200万円 new): 2,900万円.
/// </summary>
public class AdoptedReplanTests
{
    static Actuals Win15 =>
        new([
            A("leads", 0, 200), A("deals", 0, 20), A("orders", 0, 3), A("new_revenue", 0, 6_000_000),
            A("leads", 1, 200), A("deals", 1, 20), A("orders", 1, 3), A("new_revenue", 1, 6_000_000),
        ]);

    /// <summary>What adopting the Q2 re-plan writes: win rate 15% and a revision from 20% at Q2.</summary>
    static Plan Adopted(string? period = "Q2")
    {
        var seed = SeedPlan.Build();
        return seed.With([new ScenarioOverride("win_rate", 0.15m, null)]) with
        {
            Revisions = [new Revision(new DateOnly(2026, 10, 5), "Q2 レビュー", [new RevisionChange("win_rate", "value", 0.2m, 0.15m)]) { Period = period }],
        };
    }

    static decimal?[] Plan(ReviewResult r, string id) => [.. r.Metric(id)!.Periods.Select(p => p.Plan)];

    static decimal?[] Target(ReviewResult r, string id) => [.. r.Metric(id)!.Periods.Select(p => p.Target)];

    [Fact]
    public void Adopted_KeepsQ1AndQ2ExactlyAsPlannedBefore()
    {
        var before = Seed(Win15);
        var after = ReviewFixtures.Review(Adopted(), Win15);

        foreach (var id in new[] { "leads", "deals", "orders", "new_revenue", "revenue", "win_rate" })
        {
            Assert.Equal(Plan(before, id)[..2], Plan(after, id)[..2]);
            Assert.Equal(before.Metric(id)!.Periods.Take(2).Select(p => p.Attainment), after.Metric(id)!.Periods.Take(2).Select(p => p.Attainment));
        }
        Assert.Equal([0.8m, 0.8m], after.Metric("leads")!.Periods.Take(2).Select(p => p.Attainment));
        Assert.Equal(0.8m, after.Metric("leads")!.Attainment);
        Assert.Equal(0.75m, after.Metric("win_rate")!.Attainment);
    }

    [Fact]
    public void Adopted_ReplansQ3AndQ4ExactlyAsTheReviewBeforeAdoptingAsked()
    {
        var before = Seed(Win15);
        var after = ReviewFixtures.Review(Adopted(), Win15);

        Assert.Equal([250m, 250m, 470m, 470m], Plan(after, "leads"));
        Assert.Equal([25m, 25m, 47m, 47m], Plan(after, "deals"));
        Assert.Equal([5m, 5m, 7m, 7m], Target(after, "orders"));
        // 134 whole deals at 15% plan 20.1 orders (target 20): 14.1 still to come.
        Assert.Equal([5m, 5m, 7.05m, 7.05m], Plan(after, "orders"));
        Assert.Equal([10_000_000m, 10_000_000m, 14_000_000m, 14_000_000m], Target(after, "new_revenue"));
        Assert.Equal([25_000_000m, 25_000_000m, 29_000_000m, 29_000_000m], Target(after, "revenue"));
        Assert.Equal([25_000_000m, 25_000_000m, 29_100_000m, 29_100_000m], Plan(after, "revenue"));
        Assert.Equal([0.2m, 0.2m, 0.15m, 0.15m], Plan(after, "win_rate"));
        // The periods to come are targeted at what the re-plan asked before it was adopted.
        foreach (var id in new[] { "leads", "deals", "orders", "new_revenue" })
            Assert.Equal(before.Metric(id)!.Periods.Skip(2).Select(p => p.Replanned), Target(after, id)[2..]);
        Assert.Equal([250m, 500m, 970m, 1440m], after.Metric("leads")!.Periods.Select(p => p.CumulativePlan));
    }

    [Fact]
    public void Adopted_SaysWhichPeriodsKeptTheirPlan()
    {
        var after = ReviewFixtures.Review(Adopted(), Win15);

        var kept = Assert.Single(after.Kept);
        Assert.Equal("Q2", kept.Through.Label);
        Assert.Empty(Seed(Win15).Kept);
    }

    [Fact]
    public void Adopted_NothingLeftToReplan_AdoptButtonHasNothingToAdopt()
    {
        var after = ReviewFixtures.Review(Adopted(), Win15);

        Assert.Empty(after.Observed);
        Assert.Empty(ReplanChanges.Of(after));
        Assert.Equal([null, null, 470m, 470m], after.Metric("leads")!.Periods.Select(p => p.Replanned));
    }

    [Fact]
    public void Kgi_WithoutAnActualOfItsOwn_RemainingIsFromItsLandingActual()
    {
        var revenue = Seed(Win15).Metric("revenue")!;

        Assert.Null(revenue.ActualToDate); // repeat revenue is not tracked
        Assert.Equal(58_000_000m, revenue.Remaining); // 1億 − 4,200万 through the formulas
        Assert.Equal([null, null, 29_000_000m, 29_000_000m], revenue.Periods.Select(p => p.Replanned));
    }

    [Fact]
    public void Landing_BeforeAdopting_92MillionAsPlannedAnd84MillionAtThePaceToDate()
    {
        var kgi = Seed(Win15).Kgi!;

        Assert.Equal((50_000_000m, 42_000_000m), (kgi.PlannedToDate, kgi.ActualToDate));
        Assert.Equal(92_000_000m, kgi.Forecast);
        Assert.Equal(0.84m, kgi.Pace);
        Assert.Equal(84_000_000m, kgi.ForecastRunRate);
    }

    [Fact]
    public void Landing_AfterAdopting_1Oku20ManIfTheReplanIsMetAnd90_888MillionAtThePaceToDate()
    {
        var kgi = ReviewFixtures.Review(Adopted(), Win15).Kgi!;

        // The gap to date is measured against the plan Q1–Q2 had: unchanged by adopting.
        Assert.Equal((50_000_000m, 42_000_000m, -8_000_000m), (kgi.PlannedToDate, kgi.ActualToDate, kgi.GapToDate));
        // The re-plan plans 1億20万円 (134 whole deals at 15% are 20.1 orders): 4,200万 done + 2,910万 × 2 to come.
        Assert.Equal(100_200_000m, kgi.Forecast);
        Assert.Equal(90_888_000m, kgi.ForecastRunRate); // 4,200万 + 84% × 5,820万
        Assert.Equal(200_000m, kgi.ForecastGap);
    }

    [Fact]
    public void ActOn_AfterAdopting_SameGapSplitAsBefore()
    {
        var before = Seed(Win15);
        var after = ReviewFixtures.Review(Adopted(), Win15);

        Assert.Equal(before.Focus.Select(f => (f.Metric, f.Contribution)), after.Focus.Select(f => (f.Metric, f.Contribution)));
        Assert.Equal([("win_rate", -4_500_000m), ("leads", -3_500_000m)], after.Focus.Select(f => (f.Metric, f.Contribution)));
    }

    [Fact]
    public void Adopted_ReviewedAtQ3_Q3IsMeasuredAgainstTheReplannedQ3()
    {
        var actuals = new Actuals([.. Win15.Rows, A("leads", 2, 470), A("deals", 2, 47), A("orders", 2, 7), A("new_revenue", 2, 14_000_000)]);

        var r = ReviewFixtures.Review(Adopted(), actuals);

        Assert.Equal("Q3", r.AsOf.Label);
        Assert.Equal([0.8m, 0.8m, 1m, null], r.Metric("leads")!.Periods.Select(p => p.Attainment));
        Assert.Equal(870m, r.Metric("leads")!.ActualToDate);
        Assert.Equal(970m, r.Metric("leads")!.PlannedToDate);
    }

    [Fact]
    public void Revision_WithoutAPeriod_MovesTheWholeHorizonAsBefore()
    {
        var r = ReviewFixtures.Review(Adopted(period: null), Win15);

        Assert.Empty(r.Kept);
        Assert.Equal([335m, 335m, 335m, 335m], Plan(r, "leads"));
    }

    [Fact]
    public void TwoRevisions_EachKeepsThePeriodsClosedWhenItWasAdopted()
    {
        // Q1 re-plan: win rate 20% → 15%; Q2 re-plan: deal rate 10% → 8%.
        var seed = SeedPlan.Build();
        var plan = seed.With([new ScenarioOverride("win_rate", 0.15m, null), new ScenarioOverride("deal_rate", 0.08m, null)]) with
        {
            Revisions =
            [
                new Revision(new DateOnly(2026, 7, 5), "Q1", [new RevisionChange("win_rate", "value", 0.2m, 0.15m)]) { Period = "Q1" },
                new Revision(new DateOnly(2026, 10, 5), "Q2", [new RevisionChange("deal_rate", "value", 0.1m, 0.08m)]) { Period = "Q2" },
            ],
        };

        var r = ReviewFixtures.Review(plan, Win15);

        // Q1: the first plan (250). Q2: the Q1 re-plan's share of 1,340 − 200 over three quarters (380). Q3–Q4: 20 orders
        // at 15% are 134 deals, at 8% 1,675 leads: 1,675 − 400 done = 1,275 → 638, 637.
        Assert.Equal([250m, 380m, 638m, 637m], Plan(r, "leads"));
        Assert.Equal([0.2m, 0.15m, 0.15m, 0.15m], Plan(r, "win_rate"));
        Assert.Equal([0.1m, 0.1m, 0.08m, 0.08m], Plan(r, "deal_rate"));
        Assert.Equal(["Q1", "Q2"], r.Kept.Select(k => k.Through.Label));
    }
}
