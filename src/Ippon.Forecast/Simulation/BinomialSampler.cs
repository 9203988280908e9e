using System.Runtime.Intrinsics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Ippon.Forecast.Simulation;

/// <summary>Draws Binomial(n, p): how many of n deals are won at rate p.</summary>
/// <remarks>
/// <para>MathNet's <c>Binomial.Sample</c> draws n Bernoulli trials, O(n) per sample: 800 leads × 100,000 trials is 80
/// million uniforms. Here small means (n·p ≤ 30) are drawn by inversion (a walk up the CDF from P(0) = (1 − p)ⁿ,
/// about n·p steps, one uniform), and larger ones are first cut down exactly with Knuth's order-statistic step (the
/// a-th of n uniforms is Beta(a, n + 1 − a), drawn by MathNet), which halves n per step. Both are exact, not
/// approximations.</para>
/// <para><see cref="Fill"/> draws a whole array (cells × trials) at once: the uniforms in bulk, then four inversions
/// side by side in SIMD lanes, starting points (1 − p)ⁿ = exp(n·ln(1 − p)) included. One <c>Math.Pow</c> and one
/// mispredicted loop exit per draw were most of the cost of 1,000 reps × 12 months × 10,000 trials.</para>
/// </remarks>
static class BinomialSampler
{
    /// <summary>Above this mean the inversion's walk is long: the order-statistic step cuts n first.</summary>
    const double InversionMean = 30;

    /// <summary>One draw for each i: Binomial(round(<paramref name="counts"/>[i]), <paramref name="rates"/>[i]) into <paramref name="dest"/>[i] (NaN where either is NaN); <paramref name="dest"/> may be <paramref name="counts"/>.</summary>
    /// <param name="logFailures">The rates' <see cref="LogFailures"/> when already taken (a rate drawn once per trial meets every period with the same values); null to take them here.</param>
    public static void Fill(RandomSource random, double[] counts, double[] rates, double[] dest, Scratch scratch, double[]? logFailures = null)
    {
        var length = dest.Length;
        var mark = scratch.Mark;
        var uniforms = scratch.Rent(length);
        random.NextDoubles(uniforms);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                // The lanes the SIMD walk could not take go the scalar way one by one, in order (the same draws as before).
                var left = ~WalkFour(counts, rates, logFailures, uniforms, dest, i) & 0b1111u;
                for (var lane = 0; left != 0; lane++, left >>= 1)
                    if ((left & 1) != 0) Scalar(random, counts, rates, uniforms, dest, i + lane, 1);
            }
        }
        Scalar(random, counts, rates, uniforms, dest, i, length - i);
        scratch.Release(mark);
    }

    // Four inversions side by side in SIMD lanes: each lane walks until its CDF reaches its uniform, the loop until the
    // last lane has (no branch per lane to mispredict). Returns the lanes it drew (bit i for lane i); the others (NaN,
    // p ∉ [0, 1], a mean above InversionMean) are left for the scalar path.
    static uint WalkFour(double[] counts, double[] rates, double[]? logFailures, double[] uniforms, double[] dest, int i)
    {
        var zero = Vector256<double>.Zero;
        var one = Vector256.Create(1.0);
        var n = Vector256.Round(Vector256.Max(zero, Vector256.Create<double>(counts.AsSpan(i))));
        var rate = Vector256.Create<double>(rates.AsSpan(i));
        var (flip, p) = Folded(rate);
        // Every comparison with NaN is false: a NaN lane fails the test below and goes the scalar way.
        // n = 0 or p = 0 walks nowhere from P(0) = 1: no deals, or a rate of 0% or 100% (flipped), need no branch.
        var ok = Vector256.GreaterThanOrEqual(p, zero) & Vector256.LessThanOrEqual(rate, one)
            & Vector256.LessThanOrEqual(n * p, Vector256.Create(InversionMean));
        // A lane the walk does not take walks nowhere (p = 0 from P(0) = 1) and keeps its value.
        p = Vector256.ConditionalSelect(ok, p, zero);
        var r = Vector256.Exp(n * (logFailures is null ? Vector256.Log(one - p) : Vector256.Create<double>(logFailures.AsSpan(i))));
        ok &= Vector256.GreaterThan(r, zero);
        var lanes = ok.ExtractMostSignificantBits();
        if (lanes == 0) return 0;
        r = Vector256.ConditionalSelect(ok, r, one);
        var s = p / (one - p);
        var a = (n + one) * s;
        var u = Vector256.Create<double>(uniforms.AsSpan(i));
        var x = zero;
        // A lane that stops stays stopped (u ≤ r or x = n no longer change), so every lane still walking has taken
        // exactly k steps: its x is k, and the step's a ÷ x is a ÷ k, which does not wait for the previous step.
        for (var k = 1.0; ; k++)
        {
            var active = Vector256.GreaterThan(u, r) & Vector256.LessThan(x, n);
            if (active.ExtractMostSignificantBits() == 0) break;
            u -= r & active;
            x += one & active;
            r = Vector256.ConditionalSelect(active, r * ((a / Vector256.Create(k)) - s), r);
        }
        // Only the lanes drawn: dest may be counts, and the scalar path still reads the others' counts.
        Vector256.ConditionalSelect(ok, Vector256.ConditionalSelect(flip, n - x, x), Vector256.Create<double>(dest.AsSpan(i))).CopyTo(dest, i);
        return lanes;
    }

    /// <summary>ln(1 − p) of each rate, p folded to at most ½ as the walk folds it: the walk starts from (1 − p)ⁿ = exp(n·ln(1 − p)).</summary>
    /// <remarks>A lane the walk does not take (NaN, p ∉ [0, 1]) gets whatever its logarithm is: the walk ignores it.</remarks>
    public static void LogFailures(ReadOnlySpan<double> rates, Span<double> dest)
    {
        if (!Vector256.IsHardwareAccelerated) return; // Fill takes every draw the scalar way.
        var i = 0;
        for (; i <= rates.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            Vector256.Log(Vector256<double>.One - Folded(Vector256.Create(rates[i..])).P).CopyTo(dest[i..]);
        // The last few through a padded vector too: the same logarithm, to the bit, as the walk would take.
        Span<double> four = stackalloc double[Vector256<double>.Count];
        rates[i..].CopyTo(four);
        Vector256.Log(Vector256<double>.One - Folded(Vector256.Create<double>(four)).P).CopyTo(four);
        four[..(rates.Length - i)].CopyTo(dest[i..]);
    }

    // Count failures instead when p > ½: symmetric, and the walk stays short.
    static (Vector256<double> Flip, Vector256<double> P) Folded(Vector256<double> rate)
    {
        var flip = Vector256.GreaterThan(rate, Vector256.Create(0.5));
        return (flip, Vector256.ConditionalSelect(flip, Vector256<double>.One - rate, rate));
    }

    static void Scalar(RandomSource random, double[] counts, double[] rates, double[] uniforms, double[] dest, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            var (n, rate) = (Math.Round(Math.Max(0, counts[i])), rates[i]);
            if (double.IsNaN(n) || double.IsNaN(rate))
            {
                dest[i] = double.NaN;
                continue;
            }
            if (n <= 0 || rate <= 0 || rate >= 1)
            {
                dest[i] = rate >= 1 ? n : 0;
                continue;
            }
            var p = rate > 0.5 ? 1 - rate : rate;
            var start = Math.Pow(1 - p, n);
            var x = n * p > InversionMean || !(start > 0) ? Sample(random, (int)n, p) : Walk(uniforms[i], (int)n, p, start);
            dest[i] = rate > 0.5 ? n - x : x;
        }
    }

    /// <summary>One draw of Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    public static int Sample(Random random, int n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (p > 0.5) return n - Sample(random, n, 1 - p);
        if (n * p <= InversionMean) return Walk(random.NextDouble(), n, p, Math.Pow(1 - p, n));
        var a = 1 + (n / 2);
        var b = n + 1 - a;
        var x = Beta.Sample(random, a, b);
        // The a-th smallest of n uniforms is x. Above p: only the a − 1 below it can be below p, each with
        // probability p ÷ x. Below p: those a all are, and each of the b − 1 above x is with (p − x) ÷ (1 − x).
        return x >= p ? Sample(random, a - 1, p / x) : a + Sample(random, b - 1, (p - x) / (1 - x));
    }

    // Inversion: the least x whose CDF reaches u, walking P(x) = P(x − 1) · ((n + 1)/x − 1) · p/(1 − p) from P(0) = r.
    static int Walk(double u, int n, double p, double r)
    {
        var s = p / (1 - p);
        var a = (n + 1) * s;
        var x = 0;
        while (u > r)
        {
            u -= r;
            x++;
            if (x > n) return n;
            r *= (a / x) - s;
        }
        return x;
    }
}
