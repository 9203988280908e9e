using Ippon.Checks;
using Ippon.Review;
using static Ippon.Tests.Review.ReviewFixtures;

namespace Ippon.Tests.Review;

/// <summary>Actuals within ±10^18 whose consequences are not (found by <c>bench/fuzz.sh 84000 20261207</c>: exit 3).</summary>
public class ActualsBeyondRangeTests
{
    [Fact]
    public void TwoOrdersOutOfATinyNumberOfDeals_GiveNoWinRate_AndAnOutOfRangeFinding()
    {
        // 2 ÷ 1e-28 = 2×10^28: a win rate that decimal holds, whose attainment (÷ 20%) it does not.
        var r = Seed(new([A("deals", 0, 0.0000000000000000000000000001m), A("orders", 0, 2)]));

        var win = r.Metric("win_rate")!;
        Assert.Null(win.ActualToDate);
        Assert.Null(win.Attainment);
        var finding = Assert.Single(r.Findings, f => f.Rule == Rule.OutOfRange);
        Assert.Equal("win_rate", finding.Subject);
        Assert.Contains("±10^18", finding.Message.In(Ippon.Numbers.Language.En));
        Assert.Equal(2m, r.Metric("orders")!.ActualToDate);
        Assert.True(r.HasErrors);
    }

    [Fact]
    public void Attainment_BeyondDecimalsRange_IsNoRatio()
    {
        Assert.Null(PlanReview.Ratio(1_000_000_000_000_000_000m, 0.0000000000000000000000000001m, down: false));
        Assert.Null(PlanReview.Ratio(0.0000000000000000000000000001m, 1_000_000_000_000_000_000m, down: true));
        Assert.Equal(0.75m, PlanReview.Ratio(0.15m, 0.2m, down: false));
    }
}
