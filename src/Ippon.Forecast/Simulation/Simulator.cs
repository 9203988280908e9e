using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Ippon.Forecast.Simulation;

/// <summary>Runs the trials: every period, every metric in dependency order, over cells × trials at once.</summary>
/// <remarks>
/// Trials are cut into chunks of about 64k cells × trials, each with its own random streams seeded from
/// (seed, chunk), so the figures depend only on the seed and the number of trials, never on how many threads ran
/// them. Inputs draw from one stream and chance stages from another, so that moving a lever (the confidence
/// back-calculation) meets the same rates in every trial: common random numbers, a smooth search.
/// </remarks>
static class Simulator
{
    /// <summary>Which uncertainties are random in a run.</summary>
    public enum Mode
    {
        /// <summary>All of them.</summary>
        All,

        /// <summary>None: every input at its expected value, chance stages at their mean (the point forecast).</summary>
        None,

        /// <summary>Only the one named by <c>only</c>.</summary>
        One,
    }

    /// <summary>Per metric: the landing per trial, and the total over cells per period per trial.</summary>
    public sealed record Output(double[][] Landing, double[][][] PeriodTotals);

    public static Output Run(SimulationModel sim, double[][]?[] bases, int trials, int seed, Mode mode, string? only, int parallelism)
    {
        var model = sim.Model;
        var n = model.Metrics.Length;
        var periods = sim.Periods;
        var landing = new double[n][];
        var totals = new double[n][][];
        for (var m = 0; m < n; m++)
        {
            landing[m] = new double[trials];
            totals[m] = new double[periods][];
            for (var p = 0; p < periods; p++) totals[m][p] = new double[trials];
        }
        var widest = Math.Max(1, sim.Sizes.Max());
        var chunk = Math.Max(64, 65_536 / widest);
        var chunks = (trials + chunk - 1) / chunk;
        bool Random(string source) => mode == Mode.All || (mode == Mode.One && only == source);
        var chance = Random(SimulationModel.ChanceSource);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, c =>
        {
            var start = c * chunk;
            var t = Math.Min(chunk, trials - start);
            var inputsRng = new Xoshiro256StarStar(unchecked((seed * 7919) + (c * 104_729) + 1), threadSafe: false);
            var chanceRng = new Xoshiro256StarStar(unchecked((seed * 7919) + (c * 104_729) + 2), threadSafe: false);
            var evaluator = new TrialEvaluator(t);
            var values = new double[n][];
            // Per-trial draws of the inputs that do not change over the periods: rates, amounts, a count's factor.
            var draws = new double[n][];
            for (var m = 0; m < n; m++)
            {
                if (sim.Inputs[m] is not { } spec) continue;
                var random = Random(model.Metrics[m].Id);
                var size = sim.Sizes[m];
                var d = new double[size * t];
                for (var k = 0; k < size; k++)
                {
                    var planned = bases[m]![0][k];
                    for (var i = 0; i < t; i++)
                    {
                        d[(k * t) + i] = spec.Rates?[k] is { } rate ? (random ? rate.Sample(inputsRng) : rate.Mean)
                            : spec.Amounts?[k] is { } amount ? (random ? amount.Sample(inputsRng) : amount.Mean)
                            : spec.Rates is not null || spec.Amounts is not null ? planned
                            : spec.ScaleDeviation > 0 && random ? Math.Max(0, Normal.Sample(inputsRng, 1, spec.ScaleDeviation))
                            : 1;
                    }
                }
                draws[m] = d;
            }
            for (var p = 0; p < periods; p++)
            {
                foreach (var m in model.Graph.Order)
                {
                    var size = sim.Sizes[m];
                    double[] v;
                    if (model.Broken.ContainsKey(m))
                    {
                        v = new double[size * t];
                        Array.Fill(v, double.NaN);
                    }
                    else if (sim.Observed[m][p] is { } actual)
                    {
                        v = new double[size * t];
                        Array.Fill(v, actual);
                    }
                    else if (sim.Inputs[m] is { } spec)
                    {
                        v = spec.Rates is not null || spec.Amounts is not null ? draws[m] : Quantity(sim, m, bases[m]![p], draws[m], spec, t, Random(model.Metrics[m].Id), inputsRng);
                    }
                    else if (sim.Stages[m] is { } stage && chance)
                    {
                        var count = evaluator.Evaluate(stage.Count, size, values);
                        var rate = evaluator.Evaluate(stage.Rate, size, values);
                        v = count;
                        for (var i = 0; i < v.Length; i++)
                        {
                            var deals = count[i];
                            v[i] = double.IsNaN(deals) || double.IsNaN(rate[i]) ? double.NaN
                                : BinomialSampler.Sample(chanceRng, (int)Math.Round(Math.Max(0, deals)), rate[i]);
                        }
                    }
                    else
                    {
                        v = evaluator.Evaluate(model.Nodes[m]!, size, values);
                    }
                    values[m] = v;
                    var total = totals[m][p];
                    var quality = sim.Quality[m];
                    for (var i = 0; i < t; i++)
                    {
                        var sum = 0.0;
                        for (var k = 0; k < size; k++) sum += v[(k * t) + i];
                        total[start + i] = sum;
                        // A quantity lands at the sum of its periods; a quality metric at its mean over periods and cells.
                        landing[m][start + i] += quality ? sum / size / periods : sum;
                    }
                }
            }
        });
        return new Output(landing, totals);
    }

    // A count or volume in one period: its base, times the trial's factor, times this period's noise; whole when counted.
    static double[] Quantity(SimulationModel sim, int m, double[] basis, double[] factor, SimulationModel.InputSpec spec, int t, bool random, Random rng)
    {
        var size = basis.Length;
        var v = new double[size * t];
        var whole = sim.Model.Metrics[m].Unit.IsWhole && random && (spec.ScaleDeviation > 0 || spec.Variability > 0);
        for (var k = 0; k < size; k++)
        {
            for (var i = 0; i < t; i++)
            {
                var x = basis[k] * factor[(k * t) + i];
                if (random && spec.Variability > 0) x *= Math.Max(0, Normal.Sample(rng, 1, spec.Variability));
                v[(k * t) + i] = whole ? Math.Round(x) : x;
            }
        }
        return v;
    }
}
