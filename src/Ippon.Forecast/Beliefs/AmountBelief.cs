using MathNet.Numerics.Distributions;

namespace Ippon.Forecast.Beliefs;

/// <summary>What the plan believes about an amount per unit (an average order value): a normal distribution of its mean, kept above zero.</summary>
/// <remarks>
/// A range [a, b] at level L gives the standard deviation (b − a) ÷ (2 z), z the normal quantile of (1 + L) ÷ 2
/// (1.2816 for 80%). The belief is worth <see cref="Trials"/> observations (<c>confidence: { trials: n }</c>, else
/// <see cref="DefaultTrials"/>), so n observed orders averaging x̄ move the mean to (n₀ μ + n x̄) ÷ (n₀ + n) and
/// shrink the deviation by √(n₀ ÷ (n₀ + n)): the normal model with a known spread per order.
/// </remarks>
public sealed record AmountBelief(double Mean, double Deviation, double Trials)
{
    /// <summary>How many orders a range on an amount is worth when the plan does not say: 10.</summary>
    public const double DefaultTrials = 10;

    public double Quantile(double p) => Deviation <= 0 ? Mean : Normal.InvCDF(Mean, Deviation, p);

    public static AmountBelief FromRange(double value, double low, double high, double level, double? trials) =>
        new(value, (high - low) / (2 * Normal.InvCDF(0, 1, (1 + level) / 2)), trials ?? DefaultTrials);

    /// <summary>The belief after <paramref name="count"/> observations averaging <paramref name="observedMean"/>.</summary>
    public AmountBelief Update(double observedMean, double count) => count <= 0 ? this : new(
        (Trials * Mean + count * observedMean) / (Trials + count),
        Deviation * Math.Sqrt(Trials / (Trials + count)),
        Trials + count);

    /// <summary>One draw, never below zero.</summary>
    public double Sample(Random random) => Deviation <= 0 ? Mean : Math.Max(0, Normal.Sample(random, Mean, Deviation));
}
