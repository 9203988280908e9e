using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Tests.Review;

/// <summary>The periods and the as-of period that <c>ippon review</c>, <c>export --actuals</c>, <c>forecast --actuals</c> and the web's review share.</summary>
public class ReviewPeriodsTests
{
    static readonly Plan Seed = SeedPlan.Build();

    [Theory]
    [InlineData("Q2", 1)]
    [InlineData("H1", 1)]   // through Q2
    [InlineData("M07", 2)]  // October: in Q3
    [InlineData("ｑ４", 3)]
    public void Of_ALabel_ReviewsAtTheLastPeriodItCovers(string label, int period)
    {
        var periods = ReviewPeriods.Of(Seed, label);

        Assert.Equal(period, periods.Value!.AsOf);
        Assert.Equal(4, periods.Value.Calendar.Count);
    }

    [Fact]
    public void Of_NoLabel_LeavesThePeriodToTheActuals()
    {
        Assert.Null(ReviewPeriods.Of(Seed, null).Value!.AsOf);
    }

    [Fact]
    public void Of_ALabelOutsideTheHorizon_IsAnAsOfError()
    {
        var periods = ReviewPeriods.Of(Seed, "Q7");

        var error = Assert.Single(periods.Errors);
        Assert.Equal("as_of", error.Field);
        Assert.StartsWith("period 'Q7' is outside the horizon", error.Message.In(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_APlanWithoutHorizonOrDeadline_IsAPlanError()
    {
        var plan = Seed with { Horizon = null, Metrics = [.. Seed.Metrics.Select(m => m with { Deadline = null })] };

        var error = Assert.Single(ReviewPeriods.Of(plan, "Q2").Errors);
        Assert.Equal(("plan", ReviewPeriods.NoPeriods), (error.Field, error.Message));
    }
}
