using Ippon.Formulas.Evaluation;
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
        var chunk = Math.Max(16, 16_384 / widest);
        var chunks = (trials + chunk - 1) / chunk;
        bool Random(string source) => mode == Mode.All || (mode == Mode.One && only == source);
        var chance = Random(SimulationModel.ChanceSource);
        // Parallel.For starts a fresh worker (and localInit) whenever one has run for a while: the buffers go back to
        // this pool at each worker's end so the next one reuses them.
        var pool = new System.Collections.Concurrent.ConcurrentBag<Scratch>();
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, () => pool.TryTake(out var s) ? s : new Scratch(), (c, _, scratch) =>
        {
            var start = c * chunk;
            var t = Math.Min(chunk, trials - start);
            var inputsRng = new Xoshiro256StarStar(unchecked((seed * 7919) + (c * 104_729) + 1), threadSafe: false);
            var chanceRng = new Xoshiro256StarStar(unchecked((seed * 7919) + (c * 104_729) + 2), threadSafe: false);
            var evaluator = new TrialEvaluator(t, scratch);
            var values = new double[n][];
            // Per-trial draws of the inputs that do not change over the periods: rates, amounts, a count's factor.
            var draws = new double[n][];
            var row = new double[t];
            for (var m = 0; m < n; m++)
            {
                if (sim.Inputs[m] is not { } spec) continue;
                var random = Random(model.Metrics[m].Id);
                var size = sim.Sizes[m];
                var d = scratch.Rent(size * t);
                for (var k = 0; k < size; k++)
                {
                    var cell = d.AsSpan(k * t, t);
                    if (spec.Rates?[k] is { } rate)
                    {
                        if (random) rate.Fill(inputsRng, row);
                        else Array.Fill(row, rate.Mean);
                        row.CopyTo(cell);
                    }
                    else if (spec.Amounts?[k] is { } amount)
                    {
                        for (var i = 0; i < t; i++) cell[i] = random ? amount.Sample(inputsRng) : amount.Mean;
                    }
                    else if (spec.Rates is not null || spec.Amounts is not null)
                    {
                        cell.Fill(bases[m]![0][k]);
                    }
                    else if (spec.Pace is { } pace)
                    {
                        if (random) pace.Fill(inputsRng, row);
                        else Array.Fill(row, pace.Mean);
                        row.CopyTo(cell);
                    }
                    else
                    {
                        cell.Fill(1);
                    }
                }
                draws[m] = d;
            }
            // ln(1 − p) of each per-trial rate a chance stage draws with: the same in every period, so taken once.
            var logs = new double[n][];
            for (var m = 0; m < n; m++)
            {
                if (draws[m] is not { } d || sim.Inputs[m] is not { Rates: not null } || !chance || !sim.Stages.Any(s => s?.Rate is LoadNode { Metric: var r } && r == m)) continue;
                logs[m] = scratch.Rent(d.Length);
                BinomialSampler.LogFailures(d, logs[m]);
            }
            var periodMark = scratch.Mark;
            for (var p = 0; p < periods; p++)
            {
                foreach (var m in model.Graph.Order)
                {
                    var size = sim.Sizes[m];
                    double[] v;
                    if (model.Broken.ContainsKey(m))
                    {
                        v = scratch.Rent(size * t);
                        Array.Fill(v, double.NaN);
                    }
                    else if (sim.Observed[m][p] is { } actual)
                    {
                        v = scratch.Rent(size * t);
                        Array.Fill(v, actual);
                    }
                    else if (sim.Inputs[m] is { } spec)
                    {
                        v = spec.Rates is not null || spec.Amounts is not null ? draws[m] : Quantity(sim, m, bases[m]![p], draws[m], spec, t, Random(model.Metrics[m].Id), inputsRng, scratch);
                    }
                    else if (sim.Stages[m] is { } stage && chance)
                    {
                        var count = evaluator.Evaluate(stage.Count, size, values);
                        var rate = evaluator.Evaluate(stage.Rate, size, values);
                        var logFailures = stage.Rate is LoadNode { Metric: var r } && logs[r] is not null && sim.Observed[r][p] is null ? evaluator.Evaluate(stage.Rate, size, logs) : null;
                        BinomialSampler.Fill(chanceRng, count, rate, count, scratch, logFailures);
                        v = count;
                    }
                    else
                    {
                        v = evaluator.Evaluate(model.Nodes[m]!, size, values);
                    }
                    values[m] = v;
                    AddUp(v, size, t, totals[m][p].AsSpan(start, t), landing[m].AsSpan(start, t), sim.Quality[m] ? size * periods : 0);
                }
                // Every buffer of this period is free again; the per-trial draws (rented before the mark) stay.
                scratch.Release(periodMark);
            }
            scratch.Release(0);
            return scratch;
        }, pool.Add);
        return new Output(landing, totals);
    }

    // A count or volume in one period: its base, times the trial's factor, times this period's noise; whole when counted.
    static double[] Quantity(SimulationModel sim, int m, double[] basis, double[] factor, SimulationModel.InputSpec spec, int t, bool random, RandomSource rng, Scratch scratch)
    {
        var size = basis.Length;
        var v = scratch.Rent(size * t);
        var whole = sim.Model.Metrics[m].Unit.IsWhole && random && (spec.Pace is not null || spec.Variability > 0);
        var noisy = random && spec.Variability > 0;
        // Every cell's noise at once, into v itself: a factor per cell and trial, never below zero.
        if (noisy) NormalSampler.Fill(rng, v, 1, spec.Variability, scratch);
        for (var k = 0; k < size; k++)
        {
            var b = basis[k];
            var row = v.AsSpan(k * t, t);
            var f = factor.AsSpan(k * t, t);
            if (noisy)
            {
                for (var i = 0; i < t; i++) row[i] = b * f[i] * Math.Max(0, row[i]);
            }
            else
            {
                for (var i = 0; i < t; i++) row[i] = b * f[i];
            }
            if (whole)
            {
                for (var i = 0; i < t; i++) row[i] = Math.Round(row[i]);
            }
        }
        return v;
    }

    // Adds a metric's cells × trials up per trial into its period total, and that into its landing (÷ divisor for a quality metric's mean).
    static void AddUp(double[] v, int size, int t, Span<double> total, Span<double> landing, int divisor)
    {
        v.AsSpan(0, t).CopyTo(total);
        for (var k = 1; k < size; k++)
        {
            var cell = v.AsSpan(k * t, t);
            for (var i = 0; i < t; i++) total[i] += cell[i];
        }
        // A quantity lands at the sum of its periods; a quality metric at its mean over periods and cells.
        if (divisor == 0)
        {
            for (var i = 0; i < t; i++) landing[i] += total[i];
        }
        else
        {
            for (var i = 0; i < t; i++) landing[i] += total[i] / divisor;
        }
    }
}
