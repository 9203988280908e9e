using CsCheck;
using Ippon.Numbers;

namespace Ippon.Tests.Numbers;

public class LargestRemainderTests
{
    // The rule as it reads: rank the parts by fraction (largest first, ties to the earlier part) and give the first
    // `units` of them one step each. The selection must choose exactly these parts.
    static decimal[] BySorting(decimal[] parts, decimal[] fractions, int units, decimal step)
    {
        var result = (decimal[])parts.Clone();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => fractions[i]).ThenBy(i => i).Take(Math.Max(0, units)))
            result[i] += step;
        return result;
    }

    [Fact]
    public void Award_OneUnitLeftAmongEqualFractions_GoesToTheEarliestPart()
    {
        decimal[] parts = [33m, 33m, 33m];

        LargestRemainder.Award(parts, [0.33m, 0.33m, 0.33m], 1, 1m);

        Assert.Equal([34m, 33m, 33m], parts);
    }

    [Fact]
    public void Award_TwoUnits_GoToTheTwoLargestFractions()
    {
        decimal[] parts = [2m, 3m, 5m, 7m];

        LargestRemainder.Award(parts, [0.2m, 0.7m, 0.5m, 0.6m], 2, 1m);

        Assert.Equal([2m, 4m, 5m, 8m], parts);
    }

    [Fact]
    public void Award_AnyFractionsWithManyTies_ChoosesTheSamePartsAsSortingThem() =>
        // Few distinct fractions (0.00 to 0.09) over up to 3,000 parts: ties everywhere, the hard case for a selection.
        Gen.Int[0, 9].Array[1, 3000]
            .SelectMany(f => Gen.Int[-2, f.Length + 2].Select(units => (f, units)))
            .Sample(t =>
            {
                var fractions = t.f.Select(x => x / 100m).ToArray();
                var parts = new decimal[fractions.Length];
                var expected = BySorting(parts, fractions, t.units, 1m);

                LargestRemainder.Award(parts, fractions, t.units, 1m);

                return parts.SequenceEqual(expected);
            });

    [Fact]
    public void Award_DistinctFractionsInAnyOrder_ChoosesTheSamePartsAsSortingThem() =>
        Gen.Decimal[0m, 0.99m].Array[1, 500]
            .SelectMany(f => Gen.Int[0, f.Length].Select(units => (f, units)))
            .Sample(t =>
            {
                var parts = Enumerable.Range(0, t.f.Length).Select(i => (decimal)i).ToArray();
                var expected = BySorting(parts, t.f, t.units, 0.01m);

                LargestRemainder.Award(parts, t.f, t.units, 0.01m);

                return parts.SequenceEqual(expected);
            });

    [Fact]
    public void Award_FractionsAlreadyInOrderOrReversed_ChoosesTheSamePartsAsSortingThem()
    {
        // Sorted and reverse-sorted inputs are where a naive pivot degrades; the answer must not change.
        var ascending = Enumerable.Range(0, 10_000).Select(i => i / 10_000m).ToArray();
        var descending = ascending.Reverse().ToArray();
        foreach (var fractions in new[] { ascending, descending })
        {
            foreach (var units in new[] { 1, 4_999, 5_000, 9_999 })
            {
                var parts = new decimal[fractions.Length];
                var expected = BySorting(parts, fractions, units, 1m);

                LargestRemainder.Award(parts, fractions, units, 1m);

                Assert.Equal(expected, parts);
            }
        }
    }
}
