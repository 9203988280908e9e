using MathNet.Numerics.Distributions;

namespace Ippon.Forecast.Simulation;

/// <summary>Draws Binomial(n, p): how many of n deals are won at rate p.</summary>
/// <remarks>
/// MathNet's <c>Binomial.Sample</c> draws n Bernoulli trials, O(n) per sample: 800 leads × 100,000 trials is 80
/// million uniforms. Here small means (n·p ≤ 30) are drawn by inversion (a walk up the CDF, about n·p steps, one
/// uniform), and larger ones are first cut down exactly with Knuth's order-statistic step (the a-th of n uniforms is
/// Beta(a, n + 1 − a), drawn by MathNet), which halves n per step. Both are exact, not approximations.
/// </remarks>
static class BinomialSampler
{
    public static int Sample(Random random, int n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        // Count failures instead: symmetric, and the walk below stays short.
        if (p > 0.5) return n - Sample(random, n, 1 - p);
        if (n * p <= 30) return Inversion(random, n, p);
        var a = 1 + (n / 2);
        var b = n + 1 - a;
        var x = Beta.Sample(random, a, b);
        // The a-th smallest of n uniforms is x. Above p: only the a − 1 below it can be below p, each with
        // probability p ÷ x. Below p: those a all are, and each of the b − 1 above x is with (p − x) ÷ (1 − x).
        return x >= p ? Sample(random, a - 1, p / x) : a + Sample(random, b - 1, (p - x) / (1 - x));
    }

    static int Inversion(Random random, int n, double p)
    {
        var q = 1 - p;
        var s = p / q;
        var a = (n + 1) * s;
        var r = Math.Pow(q, n);
        var u = random.NextDouble();
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
