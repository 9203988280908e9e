using Ippon.Plans;
using Ippon.Review;
using static Ippon.Tests.Review.ReviewFixtures;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Review;

public class DirectionAndPhasingTests
{
    // Repeat revenue is what the existing customers keep: base × (1 − churn); churn is a KPI where lower is better.
    static Plan ChurnPlan() => SeedPlan.Build() with
    {
        Metrics =
        [
            M("revenue", "repeat_revenue + new_revenue", MetricRole.Kgi, target: 100_000_000m, unit: "JPY", deadline: new DateOnly(2027, 3, 31)),
            M("repeat_revenue", "base_revenue * (1 - churn_rate)", MetricRole.Ksf, unit: "JPY"),
            M("new_revenue", role: MetricRole.Ksf, target: 40_000_000m, unit: "JPY"),
            M("base_revenue", value: 62_500_000m, unit: "JPY") with { Kind = MetricKind.Quantity },
            M("churn_rate", role: MetricRole.Kpi, value: 0.04m, unit: "ratio", direction: Direction.Down),
            M("cancellations", role: MetricRole.Kpi, value: 40m, unit: "count", direction: Direction.Down),
        ],
        Actions = [],
    };

    [Fact]
    public void Run_ChurnAboveItsPlan_InvertsTheAttainment()
    {
        var r = ReviewFixtures.Review(ChurnPlan(), new Actuals([A("churn_rate", 0, 0.05m), A("base_revenue", 0, 15_625_000m), A("new_revenue", 0, 10_000_000m)]));

        var churn = r.Metric("churn_rate")!;
        Assert.Equal(0.05m, churn.Observed);
        Assert.Equal(0.8m, churn.Attainment);
        Assert.Equal(0.8m, churn.Periods[0].Attainment);
    }

    [Fact]
    public void Run_FewerCancellationsThanPlanned_IsAboveFullAttainment()
    {
        var r = ReviewFixtures.Review(ChurnPlan(), new Actuals([A("cancellations", 0, 8m)]));

        var cancellations = r.Metric("cancellations")!;
        Assert.Equal(10m, cancellations.PlannedToDate);
        Assert.Equal(1.25m, cancellations.Attainment);
    }

    [Fact]
    public void Run_ChurnAboveItsPlan_IsTheMetricToActOn()
    {
        var r = ReviewFixtures.Review(ChurnPlan(), new Actuals([A("churn_rate", 0, 0.05m), A("base_revenue", 0, 15_625_000m), A("new_revenue", 0, 10_000_000m)]));

        var focus = Assert.Single(r.Focus);
        Assert.Equal("churn_rate", focus.Metric);
        Assert.Equal("churn_rate", focus.Kpi);
        Assert.Equal(-156_250m, focus.Contribution);
        Assert.Equal(1m, focus.Share);
    }

    [Fact]
    public void Run_UnevenPhasing_PlansToDateByTheWeights()
    {
        var plan = SeedPlan.Build();
        plan = plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == "leads" ? m with { Phasing = [1m, 1m, 2m, 2m] } : m)] };

        var r = ReviewFixtures.Review(plan, ContractActuals);

        var leads = r.Metric("leads")!;
        Assert.Equal([167m, 167m, 333m, 333m], leads.Periods.Select(p => p.Plan!.Value));
        Assert.Equal(334m, leads.PlannedToDate);
        Assert.Equal(400m / 334m, leads.Attainment);
        // What remains of the re-planned 1,340 leads (940) follows the same weights over Q3 and Q4.
        Assert.Equal([470m, 470m], leads.Periods.Skip(2).Select(p => p.Replanned!.Value));
        Assert.Equal(400m + 666m, leads.Forecast);
    }
}
