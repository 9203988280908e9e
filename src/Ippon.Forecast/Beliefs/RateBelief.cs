
namespace Ippon.Forecast.Beliefs;

/// <summary>What the plan believes about a rate (a win rate, a deal rate): a Beta(α, β) distribution.</summary>
/// <remarks>
/// α + β is how many observed trials the belief is worth: <c>confidence: { trials: 50 }</c> on a 20% win rate is
/// Beta(10, 40), "as sure as 10 orders out of 50 deals". Observed successes out of trials (orders out of deals)
/// update it to Beta(α + s, β + n − s): the conjugate posterior, exact, no sampling needed.
/// </remarks>
public sealed record RateBelief(double Alpha, double Beta)
{
    /// <summary>The strength a rate's value has when the plan states nothing: as sure as 20 observed trials (docs/forecast.md).</summary>
    public const double DefaultTrials = 20;

    public double Mean => Alpha / (Alpha + Beta);

    /// <summary>How many observations the belief is worth: α + β.</summary>
    public double Trials => Alpha + Beta;

    public double Variance => Alpha * Beta / ((Alpha + Beta) * (Alpha + Beta) * (Alpha + Beta + 1));

    /// <summary>The value below which the rate lies with probability <paramref name="p"/>.</summary>
    public double Quantile(double p) => MathNet.Numerics.Distributions.Beta.InvCDF(Alpha, Beta, p);

    /// <summary>The belief after observing <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public RateBelief Update(double successes, double trials) => new(Alpha + successes, Beta + (trials - successes));

    /// <summary>A rate of mean <paramref name="value"/>, as sure as <paramref name="trials"/> observations.</summary>
    public static RateBelief FromTrials(double value, double trials) => new(value * trials, (1 - value) * trials);

    /// <summary>The Beta of mean <paramref name="value"/> whose central <paramref name="level"/> interval is as wide as [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <remarks>
    /// The width shrinks as α + β grows, so α + β is found by bisection on its logarithm. The mean stays the plan's
    /// value (the number the exact plan calculates with); a range lopsided around the value keeps its width, not its ends.
    /// </remarks>
    public static RateBelief FromRange(double value, double low, double high, double level)
    {
        var width = high - low;
        var (lo, hi) = (Math.Log(1e-3), Math.Log(1e9));
        for (var i = 0; i < 80; i++)
        {
            var mid = (lo + hi) / 2;
            var b = FromTrials(value, Math.Exp(mid));
            var w = b.Quantile((1 + level) / 2) - b.Quantile((1 - level) / 2);
            if (w > width) lo = mid;
            else hi = mid;
        }
        return FromTrials(value, Math.Exp((lo + hi) / 2));
    }

    /// <summary>Fills <paramref name="values"/> with independent draws of the rate.</summary>
    public void Fill(Random random, double[] values) => MathNet.Numerics.Distributions.Beta.Samples(random, values, Alpha, Beta);

    /// <summary>One draw of the rate.</summary>
    public double Sample(Random random) => MathNet.Numerics.Distributions.Beta.Sample(random, Alpha, Beta);
}
