using CsCheck;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Tests.Periods;

public class PeriodSplitTests
{
    [Fact]
    public void Split_134DealsOverFourQuarters_GivesWholeDealsThatAddUpTo134()
    {
        var parts = PeriodSplit.Split(134m, PeriodSplit.Weights([], 4), Unit.Count);

        Assert.Equal([34m, 34m, 33m, 33m], parts);
    }

    [Fact]
    public void Split_1000LeadsWithARampUp_FollowsTheWeights()
    {
        var parts = PeriodSplit.Split(1000m, PeriodSplit.Weights([1m, 2m, 3m, 4m], 4), Unit.Count);

        Assert.Equal([100m, 200m, 300m, 400m], parts);
    }

    [Fact]
    public void Split_UnevenWeightsWithRemainders_GivesTheLeftoverUnitsToTheLargestFractions()
    {
        // 100 × [1, 1, 1] / 3 = 33.33 each: one unit is left and goes to the first period.
        // 10 × [2, 3, 5] / 10 = 2, 3, 5 exactly; 11 × [2, 3, 5] / 10 = 2.2, 3.3, 5.5 → 2, 3, 6.
        Assert.Equal([34m, 33m, 33m], PeriodSplit.Split(100m, PeriodSplit.Weights([1m, 1m, 1m], 3), Unit.Count));
        Assert.Equal([2m, 3m, 6m], PeriodSplit.Split(11m, PeriodSplit.Weights([2m, 3m, 5m], 3), Unit.Count));
    }

    [Fact]
    public void Split_Yen_IsInWholeYenThatAddUp()
    {
        var parts = PeriodSplit.Split(100_000_000m, PeriodSplit.Weights([], 3), Unit.Currency("JPY"));

        Assert.Equal([33_333_334m, 33_333_333m, 33_333_333m], parts);
    }

    [Fact]
    public void Split_PlainNumber_IsProportional()
    {
        var parts = PeriodSplit.Split(1m, PeriodSplit.Weights([1m, 3m], 2), Unit.Number);

        Assert.Equal([0.25m, 0.75m], parts);
    }

    [Fact]
    public void Split_WholeCountAndAnyWeights_AddsUpExactlyInWholeUnits() =>
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 50].Array[1, 12])
            .Where((_, w) => w.Sum() > 0)
            .Sample((total, w) =>
            {
                var parts = PeriodSplit.Split(total, PeriodSplit.Weights([.. w.Select(x => (decimal)x)], w.Length), Unit.Count);
                return parts.Sum() == total
                       && parts.All(p => p == decimal.Truncate(p) && p >= 0)
                       && parts.Select((p, i) => Math.Abs(p - (total * w[i] / (decimal)w.Sum()))).All(d => d < 1m);
            });

    [Fact]
    public void Weights_WrongNumberOfWeights_FallsBackToEven()
    {
        Assert.Equal([0.25m, 0.25m, 0.25m, 0.25m], PeriodSplit.Weights([1m, 2m], 4));
        Assert.False(PeriodSplit.IsUsable([1m, 2m], 4));
        Assert.False(PeriodSplit.IsUsable([0m, 0m], 2));
        Assert.False(PeriodSplit.IsUsable([1m, -1m], 2));
    }
}
