using CsCheck;
using Ippon.Forecast.Simulation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Ippon.Forecast.Tests;

/// <summary>The bulk normal sampler (Box–Muller in SIMD lanes) draws Normal(mean, deviation), whatever the length.</summary>
/// <remarks>Checks allow 5 Monte Carlo standard errors, as <see cref="BinomialSamplerTests"/> do.</remarks>
public class NormalSamplerTests
{
    [Fact]
    public void EveryLength_IsFilledWithNormalDraws_OfTheMeanAndDeviationAsked()
    {
        Gen.Select(Gen.Int[2_000, 6_000], Gen.Double[-5, 5], Gen.Double[0.01, 3], Gen.Int[0, 1_000_000]).Sample((length, mean, sd, seed) =>
        {
            var draws = new double[length];
            NormalSampler.Fill(new Xoshiro256StarStar(seed, threadSafe: false), draws, mean, sd, new Scratch());

            var se = sd / Math.Sqrt(length);
            var average = draws.Average();
            var deviation = Math.Sqrt(draws.Sum(x => (x - average) * (x - average)) / (length - 1));
            // The deviation's standard error is about sd ÷ √(2n).
            var below = draws.Count(x => x <= mean + sd) / (double)length;
            var cdf = Normal.CDF(0, 1, 1);
            return Math.Abs(average - mean) <= 5 * se
                && Math.Abs(deviation - sd) <= 5 * sd / Math.Sqrt(2.0 * length)
                && Math.Abs(below - cdf) <= 5 * Math.Sqrt(cdf * (1 - cdf) / length);
        }, iter: 40);
    }

    [Fact]
    public void TheTwoNormalsOfAPair_AreUncorrelated()
    {
        // Box–Muller's cosine and sine of one pair land 4 apart in a SIMD group, and side by side in the scalar tail.
        var draws = new double[40_002];
        NormalSampler.Fill(new Xoshiro256StarStar(3, threadSafe: false), draws, 0, 1, new Scratch());

        double Correlation(int lag) => Enumerable.Range(0, draws.Length - lag).Average(i => draws[i] * draws[i + lag]);

        // The correlation of independent standard normals has a standard error of 1 ÷ √n.
        foreach (var lag in new[] { 1, 4 })
            Assert.InRange(Correlation(lag), -5 / Math.Sqrt(draws.Length), 5 / Math.Sqrt(draws.Length));
        Assert.All(draws, x => Assert.True(double.IsFinite(x)));
    }
}
