using Ippon.Plans;
using MathNet.Numerics.Distributions;

namespace Ippon.Forecast.Simulation;

/// <summary>The exact chance of a target reached by a single binomial stage: the Beta-binomial (or the binomial, for a rate taken as exact).</summary>
/// <remarks>
/// <para>When a chance stage (<c>orders = deals * win_rate</c>) has a count that is the same in every trial (deals
/// given, nothing uncertain above them) and a scalar input rate, its landing is the actuals to date plus
/// Σ Binomial(nₚ, rate) over the periods still to come, with one rate per trial: given the rate that is
/// Binomial(N, rate), N = Σ nₚ, and over a Beta(α, β) rate it is the Beta-binomial BB(N, α, β). Its CDF is known in
/// closed form, so the chance needs no Monte Carlo error.</para>
/// <para>The count being fixed is read off the simulation itself (every trial drew the same count in every open
/// period), so a plan whose counts are uncertain, or whose rate is computed, keeps the simulated figure.</para>
/// </remarks>
static class ClosedForm
{
    /// <summary>The exact probability that metric <paramref name="m"/> reaches <paramref name="target"/>, or null when it is not a single binomial stage.</summary>
    public static double? Probability(SimulationModel sim, Simulator.Output output, double[][]?[] bases, int m, decimal target)
    {
        if (sim.Stages[m] is not { CountMetric: >= 0 and var count, RateMetric: var rate } || sim.Sizes[m] != 1 || sim.Sizes[count] != 1 || sim.Sizes[rate] != 1) return null;
        if (sim.Inputs[rate] is not { Rates: [var belief] }) return null;
        var (n, done) = (0.0, 0.0);
        for (var p = 0; p < sim.Periods; p++)
        {
            if (sim.Observed[m][p] is { } actual)
            {
                done += actual;
                continue;
            }
            if (sim.Observed[rate][p] is not null) return null;
            var counts = output.PeriodTotals[count][p];
            var first = counts[0];
            // The sampler draws Binomial(round(max(0, count)), rate).
            if (double.IsNaN(first) || counts.Any(x => x != first)) return null;
            n += Math.Round(Math.Max(0, first));
        }
        var value = belief is null ? bases[rate]![0][0] : 0;
        if (belief is null && !(value >= 0 && value <= 1)) return null;
        double Cdf(double x) => x < 0 ? 0 : x >= n ? 1
            : belief is { } b ? BetaBinomial.CDF((int)n, b.Alpha, b.Beta, (int)Math.Floor(x))
            : Binomial.CDF(value, (int)n, Math.Floor(x));
        // The same tolerance as the simulated chance: a landing within 10⁻⁹ of the target has reached it.
        var t = (double)target - done;
        var tolerance = 1e-9 * Math.Max(1, Math.Abs((double)target));
        var up = sim.Model.Metrics[m].Direction != Direction.Down;
        // MathNet's CDFs sum probabilities: in a far tail they can pass 1 by 10⁻¹³.
        return Math.Clamp(up ? 1 - Cdf(Math.Ceiling(t - tolerance) - 1) : Cdf(t + tolerance), 0, 1);
    }
}
