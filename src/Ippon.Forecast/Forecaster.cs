using System.Collections.Immutable;
using Ippon.Forecast.Simulation;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Forecast;

/// <summary>The probabilistic forecast of a plan: how likely the KGI is, and what it takes to make it likely (docs/forecast.md).</summary>
/// <example>
/// <code>
/// var f = Forecaster.Run(plan, actuals, new ForecastOptions { Trials = 100_000, Seed = 1 });
/// f.Kgi!.Probability;                 // the chance of 1億円
/// f.AtConfidence!.LeverTarget;        // the leads that give it 80%
/// </code>
/// </example>
public static class Forecaster
{
    /// <summary>Forecasts <paramref name="plan"/> with the <paramref name="actuals"/> to date (<see cref="Actuals.Empty"/> before the first period).</summary>
    public static ForecastResult Run(Plan plan, Actuals actuals, ForecastOptions? options = null)
    {
        options ??= new ForecastOptions();
        if (options.Trials < 1) throw new ArgumentOutOfRangeException(nameof(options), "at least one trial");
        var calendar = CalendarOf(plan);
        var anyActuals = !actuals.Rows.IsEmpty;
        var asOf = Math.Clamp(options.AsOf ?? (anyActuals ? actuals.LastPeriod : 0), 0, calendar.Count - 1);
        var review = PlanReview.Run(plan, calendar, actuals, new ReviewOptions { AsOf = asOf, Calculation = options.Calculation });
        return FromReview(review, anyActuals, options, actuals);
    }

    /// <summary>Forecasts one member of <paramref name="dimension"/> (<c>ippon forecast --member 田中</c>): the member's own plan (its allocated target, its rates) with its own actuals, as <see cref="MemberReview"/> reviews it.</summary>
    public static ForecastResult ForMember(Plan plan, Actuals actuals, Dimensions.Dimension dimension, int member, ForecastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actuals);
        options ??= new ForecastOptions();
        var calendar = CalendarOf(plan);
        var anyActuals = !actuals.Rows.IsEmpty;
        var asOf = Math.Clamp(options.AsOf ?? (anyActuals ? actuals.LastPeriod : 0), 0, calendar.Count - 1);
        var review = MemberReview.Run(plan, calendar, actuals, dimension, member, new ReviewOptions { AsOf = asOf, Calculation = options.Calculation });
        return FromReview(review, anyActuals, options);
    }

    /// <summary>Forecasts from a review already run (its plan, calendar, period and actuals to date): what the approval document does with the review it prints.</summary>
    /// <param name="anyActuals">False when the review had no actuals (nothing is observed).</param>
    /// <param name="actuals">The actuals the review read, when at hand: their rows per member teach each member's rate (a rep's own win rate).</param>
    public static ForecastResult FromReview(ReviewResult review, bool anyActuals, ForecastOptions? options = null, Actuals? actuals = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        options ??= new ForecastOptions();
        var plan = review.Plan;
        var calendar = review.Calendar;
        var asOf = review.AsOf.Index;
        var sim = new SimulationModel(review, asOf, anyActuals, actuals);
        var bases = sim.Bases(review.Baseline);
        var output = Simulator.Run(sim, bases, options.Trials, options.Seed, Simulator.Mode.All, null, options.Parallelism);
        var point = Simulator.Run(sim, bases, 1, options.Seed, Simulator.Mode.None, null, 1);

        var model = sim.Model;
        // Each metric's percentiles and bands are its own (a third of the seed's time at 100,000 trials): side by side.
        var summaries = new MetricForecast?[model.Metrics.Length];
        Parallel.For(0, summaries.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, m =>
        {
            if (!model.Broken.ContainsKey(m)) summaries[m] = Summarise(sim, review, output, point, bases, m, options.Trials);
        });
        var list = summaries.OfType<MetricForecast>().ToImmutableArray();
        var kgi = model.Kgi >= 0 ? list.FirstOrDefault(x => x.Metric.Index == model.Kgi) : null;
        var result = new ForecastResult
        {
            Plan = plan,
            Calendar = calendar,
            AsOf = anyActuals ? calendar.Periods[asOf] : null,
            Trials = options.Trials,
            Seed = options.Seed,
            Review = review,
            Metrics = list,
            Kgi = kgi,
            Beliefs = Beliefs(sim),
            Findings = review.Baseline.Findings,
        };
        if (kgi is null || model.Kgi < 0) return result;
        if (options.Contributions) result = result with { Contributions = Contributions(sim, bases, options) };
        if (options.Confidence is { } level && kgi.Target is not null)
            result = result with { AtConfidence = ConfidencePlanner.Solve(sim, options, level, plan) };
        return result;
    }

    /// <summary>Per-period bands summarise this many trials at most: a chart's band moves by less than a pixel beyond it.</summary>
    public const int BandTrials = 20_000;

    /// <summary>The plan's periods; a plan without a horizon is one period.</summary>
    public static PeriodCalendar CalendarOf(Plan plan) =>
        PeriodCalendar.For(plan) ?? PeriodCalendar.Of(new Horizon(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31), PeriodKind.Year));

    /// <summary>The probability that the KGI reaches its target in <paramref name="output"/>.</summary>
    internal static double Probability(SimulationModel sim, Simulator.Output output, int m, decimal target)
    {
        var down = sim.Model.Metrics[m].Direction == Direction.Down;
        var t = (double)target;
        // Landings are sums of doubles; a landing within 10⁻⁹ of the target has reached it.
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(t));
        var landing = output.Landing[m];
        var hits = 0;
        foreach (var x in landing)
            if (down ? x <= t + tolerance : x >= t - tolerance) hits++;
        return (double)hits / landing.Length;
    }

    static MetricForecast Summarise(SimulationModel sim, ReviewResult review, Simulator.Output output, Simulator.Output point, double[][]?[] bases, int m, int trials)
    {
        var r = review.Baseline.Metrics[m];
        var target = r.Target;
        double? simulated = target is { } t ? Probability(sim, output, m, t) : null;
        double? exact = target is { } u ? ClosedForm.Probability(sim, output, bases, m, u) : null;
        var probability = exact ?? simulated;
        var bands = ImmutableArray.CreateBuilder<PeriodBand>(sim.Periods);
        var running = new double[Math.Min(trials, BandTrials)];
        for (var p = 0; p < sim.Periods; p++)
        {
            var observed = sim.Observed[m][p] is not null;
            var totals = output.PeriodTotals[m][p];
            for (var i = 0; i < running.Length; i++) running[i] = sim.Quality[m] ? totals[i] : running[i] + totals[i];
            bands.Add(new PeriodBand(review.Calendar.Periods[p], observed, SpreadOf(totals, BandTrials), SpreadOf(running)));
        }
        return new MetricForecast
        {
            Metric = r,
            Target = target,
            Expected = point.Landing[m][0] is var e && double.IsFinite(e) ? e : null,
            Landing = SpreadOf(output.Landing[m]),
            Probability = probability,
            ProbabilityError = exact is not null ? 0 : probability is { } pr ? Math.Sqrt(pr * (1 - pr) / trials) : null,
            ProbabilityExact = exact is not null,
            SimulatedProbability = simulated,
            Periods = bands.MoveToImmutable(),
        };
    }

    /// <summary>Mean, deviation and the 10th, 50th and 90th percentiles of <paramref name="values"/> (left unchanged).</summary>
    /// <param name="sample">Summarise only the first this many values (the per-period bands of a chart need no more).</param>
    public static Spread SpreadOf(double[] values, int sample = int.MaxValue)
    {
        var n = Math.Min(values.Length, sample);
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            sum += values[i];
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }
        var mean = sum / n;
        // Observed periods, fixed inputs: one value in every trial, nothing to sort.
        if (min == max) return new Spread(mean, 0, min, min, min);
        double squares = 0;
        for (var i = 0; i < n; i++) squares += (values[i] - mean) * (values[i] - mean);
        var (p10, p50, p90) = Quantiles.Deciles(values.AsSpan(0, n).ToArray());
        return new Spread(mean, Math.Sqrt(squares / Math.Max(1, n - 1)), p10, p50, p90);
    }

    static ImmutableArray<Belief> Beliefs(SimulationModel sim)
    {
        var beliefs = ImmutableArray.CreateBuilder<Belief>();
        var model = sim.Model;
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            if (sim.Inputs[m] is not { } spec || sim.Sizes[m] != 1) continue;
            var metric = model.Metrics[m];
            var u = metric.Uncertainty;
            var basis = u is { HasRange: true } ? "range" : u?.Trials is not null ? "confidence" : "default";
            if (spec is { RatePrior: { } prior, Rates: [{ } posterior] })
            {
                var obs = sim.RateObservation(m);
                beliefs.Add(new Belief(metric.Id, BeliefKind.Rate, basis, Of(prior), obs is { } o ? o.Successes / o.Trials : null,
                    obs?.Successes, obs?.Trials, Of(posterior)));
            }
            else if (spec is { AmountPrior: { } before, Amounts: [{ } after] })
            {
                var obs = sim.AmountObservation(m);
                beliefs.Add(new Belief(metric.Id, BeliefKind.Amount, basis, OfAmount(before), obs?.Mean, null, obs?.Count, OfAmount(after)));
            }
            else if (spec is { PacePrior: { } paceBefore, Pace: { } paceAfter })
            {
                // Shown as the whole-horizon number at the pace: 1,000 leads [800–1,200] → 828 after a Q1 at 80%.
                var total = (double)(sim.Review.Baseline.Metrics[m].PlannedValue ?? 0);
                var obs = sim.PaceObservation(m);
                beliefs.Add(new Belief(metric.Id, BeliefKind.Count, "range", OfPace(paceBefore, total), obs?.Counted, null, obs?.Planned, OfPace(paceAfter, total)));
            }
            else if (spec.IsUncertain)
            {
                var v = (double)(sim.Review.Baseline.Metrics[m].PlannedValue ?? 0);
                var sd = v * spec.Variability / Math.Sqrt(sim.Periods);
                var z = 1.2815515655446004;
                var s = new Spread(v, sd, v - (z * sd), v, v + (z * sd));
                beliefs.Add(new Belief(metric.Id, BeliefKind.Count, "variability", s, null, null, null, s));
            }
        }
        return beliefs.ToImmutable();

        static Spread Of(Beliefs.RateBelief b) => new(b.Mean, Math.Sqrt(b.Variance), b.Quantile(0.1), b.Quantile(0.5), b.Quantile(0.9));
        static Spread OfAmount(Beliefs.AmountBelief b) => new(b.Mean, b.Deviation, b.Quantile(0.1), b.Quantile(0.5), b.Quantile(0.9));
        static Spread OfPace(Beliefs.PaceBelief b, double total) =>
            new(total * b.Mean, total * b.Deviation, total * b.Quantile(0.1), total * b.Quantile(0.5), total * b.Quantile(0.9));
    }

    // Each uncertainty alone: the KGI's variance with only it random, as a share of the sum over all of them.
    static ImmutableArray<Contribution> Contributions(SimulationModel sim, double[][]?[] bases, ForecastOptions options)
    {
        var trials = Math.Min(options.Trials, options.SearchTrials);
        var kgi = sim.Model.Kgi;
        var sds = sim.Sources.Select(source =>
        {
            var o = Simulator.Run(sim, bases, trials, options.Seed, Simulator.Mode.One, source, options.Parallelism);
            var sd = SpreadOf(o.Landing[kgi]).StdDev;
            return (source, sd: double.IsFinite(sd) ? sd : 0);
        }).ToList();
        var total = sds.Sum(x => x.sd * x.sd);
        return [.. sds.Select(x => new Contribution(x.source, total > 0 ? x.sd * x.sd / total : 0, x.sd)).OrderByDescending(c => c.Share)];
    }
}
