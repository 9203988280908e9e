using Ippon.Plans;
using Ippon.Review;
using static Ippon.Tests.Review.ReviewFixtures;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Review;

public class GapAttributionTests
{
    // revenue = Σ leads_i × win_i × 10,000 over several product lines.
    static Plan Lines(int count) => SeedPlan.Build() with
    {
        Metrics =
        [
            M("revenue", string.Join(" + ", Enumerable.Range(0, count).Select(i => $"leads{i} * win{i} * 10000")), MetricRole.Kgi, target: count * 200_000m, unit: "JPY", deadline: new DateOnly(2027, 3, 31)),
            .. Enumerable.Range(0, count).SelectMany(i => new[]
            {
                M($"leads{i}", role: MetricRole.Kpi, value: 400m, unit: "count"),
                M($"win{i}", value: 0.2m, unit: "ratio"),
            }),
        ],
        Actions = [],
    };

    // Q1 plan: 100 leads a line at 20%. Actual: 80 leads at 15% in every line.
    static Actuals Shortfall(int count) => new([.. Enumerable.Range(0, count).SelectMany(i => new[] { A($"leads{i}", 0, 80m), A($"win{i}", 0, 0.15m) })]);

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Run_FewOrManyFactors_SplitsEachLineLikeTheShapleyValueAndAddsUpToTheGap(int count)
    {
        // 4 factors use the exact Shapley value; 16 use the mean of the two switching orders. Per line:
        // leads ½[(80−100)×0.2 + (80−100)×0.15] × 10,000 = −35,000; win ½[100×(−0.05) + 80×(−0.05)] × 10,000 = −45,000.
        var r = ReviewFixtures.Review(Lines(count), Shortfall(count), asOf: 0);

        Assert.Equal(-35_000m, r.Metric("leads0")!.KgiContribution);
        Assert.Equal(-45_000m, r.Metric("win0")!.KgiContribution);
        Assert.Equal(r.Kgi!.GapToDate, r.Metrics.Sum(m => m.KgiContribution ?? 0));
        Assert.Equal(count * -80_000m, r.Kgi.GapToDate);
    }
}
