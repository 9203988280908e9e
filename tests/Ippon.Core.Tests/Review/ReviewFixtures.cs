using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Tests.Review;

/// <summary>The contract's review example: Q1–Q2 actuals of 400 leads, 40 deals, 6 orders and 1,200万円 new revenue on the seed plan.</summary>
static class ReviewFixtures
{
    public static Actual A(string metric, int period, decimal value) => new(metric, period, value);

    public static Actuals ContractActuals =>
        new([
            A("leads", 0, 180), A("deals", 0, 18), A("orders", 0, 2), A("new_revenue", 0, 4_000_000),
            A("leads", 1, 220), A("deals", 1, 22), A("orders", 1, 4), A("new_revenue", 1, 8_000_000),
        ]);

    public static ReviewResult Review(Plan plan, Actuals actuals, int? asOf = null) =>
        PlanReview.Run(plan, PeriodCalendar.For(plan)!, actuals, new ReviewOptions { AsOf = asOf });

    public static ReviewResult Seed(Actuals actuals, int? asOf = null) => Review(SeedPlan.Build(), actuals, asOf);
}
