using CsCheck;
using Ippon.Forecast.Simulation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Ippon.Forecast.Tests;

/// <summary>The bulk binomial sampler (SIMD inversion, four lanes at a time) draws every cell from its own Binomial(n, p).</summary>
/// <remarks>
/// Two cases are interleaved cell by cell, so that every SIMD group holds lanes of both: a lane that leaks into its
/// neighbour, or a group sent down the wrong path, shows as a wrong mean or CDF in one of them. Checks allow 5 Monte
/// Carlo standard errors (a correct sampler fails one in ~1.7 million checks), the CDF 5 draws more for rare tails.
/// </remarks>
public class BinomialSamplerTests
{
    const int Draws = 4_000;

    static readonly Gen<(int N, double P)> s_case =
        from n in Gen.OneOf(Gen.Int[0, 40], Gen.Int[0, 400])
        from p in Gen.OneOf(Gen.Double[0, 1], Gen.OneOf<double>(0.0, 1.0, 0.5, 0.02, 0.98))
        select (n, p);

    static (double[] A, double[] B) Draw((int N, double P) a, (int N, double P) b, int seed)
    {
        var counts = new double[2 * Draws];
        var rates = new double[2 * Draws];
        for (var i = 0; i < Draws; i++)
        {
            (counts[2 * i], rates[2 * i]) = (a.N, a.P);
            (counts[(2 * i) + 1], rates[(2 * i) + 1]) = (b.N, b.P);
        }
        var dest = new double[counts.Length];
        BinomialSampler.Fill(new Xoshiro256StarStar(seed, threadSafe: false), counts, rates, dest, new Scratch());
        return ([.. dest.Where((_, i) => i % 2 == 0)], [.. dest.Where((_, i) => i % 2 == 1)]);
    }

    static bool IsBinomial(double[] draws, (int N, double P) c, int k)
    {
        if (draws.Any(x => x < 0 || x > c.N || x != Math.Floor(x))) return false;
        var variance = c.N * c.P * (1 - c.P);
        if (variance == 0) return draws.All(x => x == c.N * c.P);
        var mean = draws.Average();
        var meanOk = Math.Abs(mean - (c.N * c.P)) <= 5 * Math.Sqrt(variance / Draws) + 1e-12;
        // The CDF as a sum of the probabilities (MathNet's CDF at k = n is not always 1 for p near 1).
        var cdf = Math.Min(1, Enumerable.Range(0, k + 1).Sum(j => Binomial.PMF(c.P, c.N, j)));
        var below = draws.Count(x => x <= k) / (double)Draws;
        // Plus 5 draws: for a tail of a few draws in 4,000 (p = 2%, k = n − 1) the normal error understates the spread.
        var cdfOk = Math.Abs(below - cdf) <= (5 * Math.Sqrt(cdf * (1 - cdf) / Draws)) + (5.0 / Draws);
        return meanOk && cdfOk;
    }

    [Fact]
    public void EveryCell_IsDrawnFromItsOwnBinomial_WhateverItsNeighbours()
    {
        Gen.Select(s_case, s_case, Gen.Int[0, 1000], Gen.Int[0, 1_000_000]).Sample((a, b, seed, kPick) =>
        {
            var (da, db) = Draw(a, b, seed);
            return IsBinomial(da, a, kPick % (a.N + 1)) && IsBinomial(db, b, kPick / 7 % (b.N + 1));
        }, iter: 60);
    }

    [Fact]
    public void TheMeanOfABinomialWithALargeMean_IsRightToo_ThroughTheOrderStatisticStep()
    {
        // n·p = 350 and 100 are above the inversion's limit of 30: those cells take the exact order-statistic step.
        var (a, b) = ((1000, 0.35), (1000, 0.9));

        var (da, db) = Draw(a, b, 5);

        Assert.True(IsBinomial(da, a, 350));
        Assert.True(IsBinomial(db, b, 905));
    }

    [Fact]
    public void ACellWithNoCountOrNoRate_DrawsNaN_AndItsNeighboursAreUnharmed()
    {
        double[] counts = [10, double.NaN, 10, 5, 0, 7, 3, 10, 10];
        double[] rates = [double.NaN, 0.5, 0, 1, 0.5, 0.3, 0.3, 0.3, 0.3];
        var dest = new double[counts.Length];

        BinomialSampler.Fill(new Xoshiro256StarStar(1, threadSafe: false), counts, rates, dest, new Scratch());

        Assert.True(double.IsNaN(dest[0]) && double.IsNaN(dest[1]));
        Assert.Equal([0.0, 5.0, 0.0], dest[2..5]);
        Assert.All(dest[5..], x => Assert.True(x >= 0 && x <= 10 && x == Math.Floor(x)));
    }

    [Fact]
    public void DrawingOverTheCountsInPlace_GivesTheSameDrawsAsIntoAnotherArray_WhenLanesTakeDifferentPaths()
    {
        // The simulator draws orders over the deals' own buffer. Cells with a large mean (order-statistic step) sit in
        // the same SIMD groups as small ones (walk), so a group is split between the two paths.
        var counts = Enumerable.Range(0, 4_000).Select(i => i % 3 == 0 ? 400.0 : 20.0).ToArray();
        var rates = Enumerable.Range(0, 4_000).Select(i => i % 5 == 0 ? 0.5 : 0.2).ToArray();
        var apart = new double[counts.Length];
        BinomialSampler.Fill(new Xoshiro256StarStar(9, threadSafe: false), counts, rates, apart, new Scratch());

        var inPlace = (double[])counts.Clone();
        BinomialSampler.Fill(new Xoshiro256StarStar(9, threadSafe: false), inPlace, rates, inPlace, new Scratch());

        Assert.Equal(apart, inPlace);
        var large = apart.Where((_, i) => i % 3 == 0 && i % 5 == 0).ToArray();
        Assert.InRange(large.Average(), 200 - (5 * Math.Sqrt(100.0 / large.Length)), 200 + (5 * Math.Sqrt(100.0 / large.Length)));
    }
}
