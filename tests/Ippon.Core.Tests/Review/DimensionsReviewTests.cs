using System.Collections.Immutable;
using Ippon.Dimensions;
using Ippon.Plans;
using Ippon.Review;
using static Ippon.Tests.Review.ReviewFixtures;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Review;

/// <summary>v1 reviews whole metrics; a plan over dimensions is reviewed by its totals without breaking its per-member numbers.</summary>
public class DimensionsReviewTests
{
    static Plan ByRep() => SeedPlan.Build() with
    {
        Dimensions = [new Dimension("rep", ["a", "b"])],
        Metrics =
        [
            M("revenue", "sum(rep_revenue)", MetricRole.Kgi, target: 2000m, unit: "JPY", deadline: new DateOnly(2027, 3, 31)),
            M("rep_revenue", "orders * price", MetricRole.Ksf, unit: "JPY") with { By = ["rep"], Allocation = Allocation.Even },
            M("orders", "deals * win_rate", MetricRole.Kpi, unit: "count") with { By = ["rep"] },
            M("deals", role: MetricRole.Kpi, unit: "count") with { By = ["rep"] },
            M("win_rate", unit: "ratio") with { By = ["rep"], MemberValues = new Dictionary<string, decimal> { ["a"] = 0.2m, ["b"] = 0.4m }.ToImmutableDictionary() },
            M("price", value: 10m, unit: "JPY"),
        ],
        Actions = [],
    };

    [Fact]
    public void Run_WholeMetricRateOverDimensions_DoesNotReplaceThePerMemberRates()
    {
        var r = ReviewFixtures.Review(ByRep(), new Actuals([A("revenue", 0, 300m), A("win_rate", 0, 0.3m)]));

        Assert.Empty(r.Observed);
        Assert.Equal(r.Baseline.Metric("deals")!.Target, r.Replanned.Metric("deals")!.Target);
        Assert.Equal(0.3m, r.Metric("win_rate")!.Observed);
    }

    [Fact]
    public void Run_KgiGivenDirectly_LandsFromItsOwnActual()
    {
        var r = ReviewFixtures.Review(ByRep(), new Actuals([A("revenue", 0, 300m)]));

        Assert.Equal(500m, r.Kgi!.PlannedToDate);
        Assert.Equal(300m, r.Kgi.ActualToDate);
        Assert.Equal(1800m, r.Kgi.Forecast);
    }
}
