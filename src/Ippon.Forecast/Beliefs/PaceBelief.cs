using MathNet.Numerics.Distributions;

namespace Ippon.Forecast.Beliefs;

/// <summary>What the plan believes about the pace of a count or volume with a range: the factor θ by which its periods come in above or below plan, Gamma(shape, rate).</summary>
/// <remarks>
/// <para>A range [a, b] on a whole-horizon number P (leads: [800, 1,200] around 1,000) is a factor of mean 1 and
/// standard deviation s = (b − a) ÷ (2 z) ÷ P (z = 1.2816 for 80%), Gamma(1/s², 1/s²): always positive, no clipping.</para>
/// <para><b>Counts learn by Gamma–Poisson.</b> Each period's count is Poisson(θ × its plan), so C counted where B
/// were planned to date gives Gamma(shape + C, rate + B): exact (conjugate). The seed with leads [800, 1,200] after a
/// Q1 of 200 leads against 250 planned: Gamma(41.06, 41.06) → Gamma(241.06, 291.06), pace 82.8%.</para>
/// <para><b>Volumes (yen and other non-whole units) learn by a normal update</b> when their <c>variability</c> (how far
/// one period strays, as a fraction) is stated: k periods at C ÷ B weigh k ÷ v² against the prior's 1 ÷ s², and the
/// posterior's mean and variance are kept as a Gamma. Without a variability, one period's figure cannot be told from
/// the pace, and the belief stays the prior.</para>
/// </remarks>
public sealed record PaceBelief(double Shape, double Rate)
{
    public double Mean => Shape / Rate;

    public double Deviation => Math.Sqrt(Shape) / Rate;

    /// <summary>The factor of mean 1 and standard deviation <paramref name="deviation"/>.</summary>
    public static PaceBelief FromDeviation(double deviation) => new(1 / (deviation * deviation), 1 / (deviation * deviation));

    public double Quantile(double p) => Gamma.InvCDF(Shape, Rate, p);

    /// <summary>After <paramref name="counted"/> counted where <paramref name="planned"/> were planned (Poisson counts).</summary>
    public PaceBelief UpdateCounts(double counted, double planned) => planned <= 0 ? this : new(Shape + counted, Rate + planned);

    /// <summary>After <paramref name="periods"/> periods bringing <paramref name="observed"/> where <paramref name="planned"/> was planned, each period straying by <paramref name="variability"/> (a fraction).</summary>
    public PaceBelief UpdateVolume(double observed, double planned, int periods, double variability)
    {
        if (planned <= 0 || periods <= 0 || variability <= 0) return this;
        var precision = (1 / (Deviation * Deviation)) + (periods / (variability * variability));
        var mean = ((Mean / (Deviation * Deviation)) + (observed / planned * periods / (variability * variability))) / precision;
        // A pace at or below zero is no pace: the least a Gamma can keep is a small positive mean.
        mean = Math.Max(mean, 1e-6);
        return new(mean * mean * precision, mean * precision);
    }

    /// <summary>Fills <paramref name="values"/> with independent draws of the factor.</summary>
    public void Fill(Random random, double[] values) => Gamma.Samples(random, values, Shape, Rate);
}
