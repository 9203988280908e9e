using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Forecast.Beliefs;
using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Syntax;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Forecast.Simulation;

/// <summary>What the simulation needs of a plan: per metric and period, whether it was observed, how each input is drawn, which formulas are chance stages.</summary>
/// <remarks>
/// <para><b>Chance stages.</b> A count whose formula is a count times a rate (<c>orders = deals * win_rate</c>) is
/// drawn as Binomial(deals, win_rate): each deal is won or not. This is the "chance" uncertainty, there even when
/// the rate is known exactly.</para>
/// <para><b>Inputs.</b> A rate is drawn once per trial from its belief (the same rate all year: it is the rate that is
/// unknown, not each quarter's luck); an amount per unit likewise; a count or volume is the plan's: what it still
/// needs for the whole horizon (its planned total − its actuals to date) spread over the periods not yet observed,
/// times a factor drawn from its range and a per-period noise from its variability.</para>
/// <para><b>Actuals.</b> A quantity observed in a period (given, or computed from given ones) is that number in every
/// trial.</para>
/// </remarks>
sealed class SimulationModel
{
    /// <param name="actuals">The actuals the review read, for what they say per member (each rep's own win rate); null when only the review is at hand.</param>
    public SimulationModel(ReviewResult review, int asOf, bool anyActuals, Actuals? actuals = null)
    {
        Review = review;
        _asOf = asOf;
        _actuals = anyActuals ? actuals : null;
        Model = review.Baseline.Model;
        var n = Model.Metrics.Length;
        Periods = review.Calendar.Count;
        Sizes = [.. Model.Shapes.Select(s => s.Size)];
        Quality = [.. Model.Kinds.Select(k => k == MetricKind.Quality)];
        Observed = new double?[n][];
        for (var m = 0; m < n; m++)
        {
            Observed[m] = new double?[Periods];
            if (Quality[m] || !Model.Shapes[m].IsScalar || !anyActuals) continue;
            var periods = review.Metrics[m].Periods;
            for (var p = 0; p <= asOf && p < Periods; p++)
                if (periods[p].Actual is { } a) Observed[m][p] = (double)a;
        }
        Stages = new Stage?[n];
        if (review.Plan.ForecastDefaults)
        {
            for (var m = 0; m < n; m++) Stages[m] = FindStage(m);
        }
        Inputs = new InputSpec?[n];
        for (var m = 0; m < n; m++)
        {
            if (Model.Nodes[m] is null && !Model.Broken.ContainsKey(m)) Inputs[m] = BuildInput(m, anyActuals);
        }
        Sources = [];
        for (var m = 0; m < n; m++)
        {
            if (Inputs[m] is { IsUncertain: true }) Sources.Add(Model.Metrics[m].Id);
        }
        if (Stages.Any(s => s is not null)) Sources.Add(ChanceSource);
    }

    readonly int _asOf;
    readonly Actuals? _actuals;

    /// <summary>The name of the uncertainty of chance stages in <see cref="Sources"/> and contributions.</summary>
    public const string ChanceSource = "chance";

    public ReviewResult Review { get; }

    public PlanModel Model { get; }

    public int Periods { get; }

    public int[] Sizes { get; }

    public bool[] Quality { get; }

    /// <summary>Per metric and period: the observed actual, or null when that period is simulated.</summary>
    public double?[][] Observed { get; }

    public Stage?[] Stages { get; }

    public InputSpec?[] Inputs { get; }

    /// <summary>The uncertain inputs (metric ids) and, when the plan has chance stages, <see cref="ChanceSource"/>.</summary>
    public List<string> Sources { get; }

    /// <summary>A count drawn as Binomial(<see cref="Count"/>, rate).</summary>
    public sealed record Stage(Node Count, Node Rate, int RateMetric, int CountMetric);

    /// <summary>How an input is drawn; its per-period base values are set per run (<see cref="Bases"/>).</summary>
    public sealed class InputSpec
    {
        public RateBelief?[]? Rates { get; init; }

        public AmountBelief?[]? Amounts { get; init; }

        /// <summary>A scalar rate's belief before the actuals (Rates[0] is after them).</summary>
        public RateBelief? RatePrior { get; init; }

        /// <summary>A scalar amount's belief before the actuals.</summary>
        public AmountBelief? AmountPrior { get; init; }

        /// <summary>For a count or volume with a range: the factor on its periods still to come, after the actuals to date.</summary>
        public PaceBelief? Pace { get; init; }

        /// <summary>For a count or volume with a range: the factor before the actuals.</summary>
        public PaceBelief? PacePrior { get; init; }

        /// <summary>For a count with variability: each period's coefficient of variation.</summary>
        public double Variability { get; init; }

        public bool IsUncertain => Pace is { Deviation: > 0 } || Variability > 0
            || (Rates?.Any(r => r is not null) ?? false) || (Amounts?.Any(a => a is not null && a.Deviation > 0) ?? false);
    }

    Stage? FindStage(int m)
    {
        var metric = Model.Metrics[m];
        if (!metric.Unit.IsWhole || Quality[m] || Model.Nodes[m] is not BinaryNode { Op: BinaryOp.Multiply } b) return null;
        bool IsRate(Node x) => x is LoadNode l && Model.Metrics[l.Metric].Unit.Kind == UnitKind.Ratio;
        if (IsRate(b.Right) && !IsRate(b.Left)) return new Stage(b.Left, b.Right, ((LoadNode)b.Right).Metric, b.Left is LoadNode c ? c.Metric : -1);
        if (IsRate(b.Left) && !IsRate(b.Right)) return new Stage(b.Right, b.Left, ((LoadNode)b.Left).Metric, b.Right is LoadNode d ? d.Metric : -1);
        return null;
    }

    InputSpec BuildInput(int m, bool anyActuals)
    {
        var metric = Model.Metrics[m];
        var result = Review.Baseline.Metrics[m];
        var u = metric.Uncertainty;
        var defaults = Review.Plan.ForecastDefaults;
        var cells = Sizes[m];
        if (metric.Unit.Kind == UnitKind.Ratio)
        {
            var rates = new RateBelief?[cells];
            // A prior from a range is a search (a Beta quantile per step): reps planned at the same rate share theirs.
            var priors = new Dictionary<decimal, RateBelief?>();
            for (var k = 0; k < cells; k++)
            {
                if (result.Planned[k] is not { } v || v <= 0 || v >= 1) continue;
                if (!priors.TryGetValue(v, out var belief)) priors[v] = belief = Prior((double)v, u, defaults);
                rates[k] = belief;
            }
            var ratePrior = rates[0];
            if (cells == 1 && rates[0] is { } prior && anyActuals && RateObservation(m) is { } obs) rates[0] = prior.Update(obs.Successes, obs.Trials);
            for (var k = 0; cells > 1 && k < cells; k++)
            {
                // Each member's rate from its own orders out of its own deals; the plan's rate is every member's prior.
                if (rates[k] is { } own && MemberRateObservation(m, k) is { } mine) rates[k] = own.Update(mine.Successes, mine.Trials);
            }
            return new InputSpec { Rates = rates, RatePrior = ratePrior };
        }
        if (Quality[m])
        {
            var amounts = new AmountBelief?[cells];
            for (var k = 0; k < cells; k++)
            {
                if (result.Planned[k] is not { } v || u is not { HasRange: true }) continue;
                amounts[k] = AmountBelief.FromRange((double)v, (double)u.Low!.Value, (double)u.High!.Value, (double)u.Level, (double?)u.Trials);
            }
            var amountPrior = amounts[0];
            if (cells == 1 && amounts[0] is { } prior && anyActuals && AmountObservation(m) is { } obs) amounts[0] = prior.Update(obs.Mean, obs.Count);
            return new InputSpec { Amounts = amounts, AmountPrior = amountPrior };
        }
        var variability = (double)(u?.Variability ?? 0);
        if (u is not { HasRange: true } || result.PlannedValue is not { } total || total <= 0 || u.High == u.Low) return new InputSpec { Variability = variability };
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (1 + (double)u.Level) / 2);
        var pacePrior = PaceBelief.FromDeviation((double)(u.High!.Value - u.Low!.Value) / (2 * z) / (double)total);
        var pace = pacePrior;
        if (cells == 1 && anyActuals && PaceObservation(m) is { } seen)
            pace = metric.Unit.IsWhole ? pacePrior.UpdateCounts(seen.Counted, seen.Planned) : pacePrior.UpdateVolume(seen.Counted, seen.Planned, seen.Periods, variability);
        return new InputSpec { Pace = pace, PacePrior = pacePrior, Variability = variability };
    }

    /// <summary>What a scalar count or volume brought in the periods observed, what was planned for them, and how many they are.</summary>
    public (double Counted, double Planned, int Periods)? PaceObservation(int m)
    {
        var (counted, planned, periods) = (0.0, 0.0, 0);
        var split = Review.Metrics[m].Periods;
        for (var p = 0; p < Periods && p < split.Length; p++)
        {
            if (Observed[m][p] is not { } actual || split[p].Plan is not { } plan) continue;
            (counted, planned, periods) = (counted + actual, planned + (double)plan, periods + 1);
        }
        return periods > 0 && planned > 0 ? (counted, planned, periods) : null;
    }

    /// <summary>A rate's prior: from its range, else its confidence, else (with defaults) as sure as <see cref="RateBelief.DefaultTrials"/> trials; null for a rate taken as exact.</summary>
    public static RateBelief? Prior(double value, Uncertainty? u, bool defaults)
    {
        if (u is { Low: { } low, High: { } high }) return RateBelief.FromRange(value, (double)low, (double)high, (double)u.Level);
        if (u?.Trials is { } trials) return RateBelief.FromTrials(value, (double)trials);
        return defaults ? RateBelief.FromTrials(value, RateBelief.DefaultTrials) : null;
    }

    /// <summary>Successes and trials to date of the stage this rate drives (orders out of deals), when both are known.</summary>
    public (double Successes, double Trials)? RateObservation(int rate)
    {
        for (var m = 0; m < Model.Metrics.Length; m++)
        {
            var stage = FindStage(m);
            if (stage is null || stage.RateMetric != rate || stage.CountMetric < 0 || !Model.Shapes[m].IsScalar) continue;
            var s = Review.Metrics[m].ActualToDate;
            var n = Review.Metrics[stage.CountMetric].ActualToDate;
            if (s is { } successes && n is { } trials && trials > 0 && successes >= 0 && successes <= trials) return ((double)successes, (double)trials);
        }
        return null;
    }

    /// <summary>For cell <paramref name="cell"/> of a rate by members (a rep's win rate): that member's successes and trials to date (its orders out of its deals), from the actuals' rows for the member.</summary>
    /// <remarks>Read when the stage, its count and the rate are all by the same members (<c>rep_orders = rep_deals * win_rate</c>, all <c>by: rep</c>).</remarks>
    public (double Successes, double Trials)? MemberRateObservation(int rate, int cell)
    {
        if (_actuals is null) return null;
        var shape = Model.Shapes[rate];
        var label = shape.Label(cell);
        for (var m = 0; m < Model.Metrics.Length; m++)
        {
            if (FindStage(m) is not { CountMetric: >= 0 and var count } stage || stage.RateMetric != rate) continue;
            if (!Model.Shapes[m].SameAs(shape) || !Model.Shapes[count].SameAs(shape)) continue;
            if (stage.Rate is not LoadNode { Map.Kind: IndexMapKind.Identity } || stage.Count is not LoadNode { Map.Kind: IndexMapKind.Identity }) continue;
            if (ToDate(Model.Metrics[m].Id, label) is { } successes && ToDate(Model.Metrics[count].Id, label) is { } trials && trials > 0 && successes >= 0 && successes <= trials)
                return (successes, trials);
        }
        return null;
    }

    // A member's own actuals of a metric through the review's period, or null when it has none.
    double? ToDate(string metric, string member)
    {
        double? sum = null;
        foreach (var row in _actuals!.Rows)
            if (row.Metric == metric && row.Member == member && row.Period <= _asOf) sum = (sum ?? 0) + (double)row.Value;
        return sum;
    }

    /// <summary>The amount per unit observed to date and on how many units (new_revenue ÷ orders, orders), when known.</summary>
    public (double Mean, double Count)? AmountObservation(int amount)
    {
        if (Review.Metrics[amount].Observed is not { } observed) return null;
        for (var m = 0; m < Model.Metrics.Length; m++)
        {
            if (Model.Nodes[m] is not BinaryNode { Op: BinaryOp.Multiply, Left: LoadNode l, Right: LoadNode r }) continue;
            var other = l.Metric == amount ? r.Metric : r.Metric == amount ? l.Metric : -1;
            if (other < 0 || Review.Metrics[other].ActualToDate is not { } count || count <= 0) continue;
            return ((double)observed, (double)count);
        }
        return null;
    }

    /// <summary>Per input: its base value per period and cell, from <paramref name="plan"/>'s planned values (a quantity: what still has to come, spread over the periods not observed).</summary>
    /// <param name="totals">Whole-horizon numbers that replace a scalar input's planned value (the lever moved by the confidence back-calculation).</param>
    public double[][]?[] Bases(PlanResult plan, IReadOnlyDictionary<int, decimal>? totals = null)
    {
        var n = Model.Metrics.Length;
        var bases = new double[][]?[n];
        for (var m = 0; m < n; m++)
        {
            if (Inputs[m] is null) continue;
            var r = plan.Metrics[m];
            var weightsAll = Review.Periods.Metrics[m].Weights;
            var b = new double[Periods][];
            for (var p = 0; p < Periods; p++) b[p] = new double[Sizes[m]];
            var total = totals is not null && totals.TryGetValue(m, out var t) ? t : r.PlannedValue;
            if (Quality[m])
            {
                for (var p = 0; p < Periods; p++)
                    for (var k = 0; k < Sizes[m]; k++) b[p][k] = (double)(r.Planned[k] ?? 0);
            }
            else if (Sizes[m] == 1 && total is { } whole)
            {
                var open = Enumerable.Range(0, Periods).Where(p => Observed[m][p] is null).ToList();
                var done = Enumerable.Range(0, Periods).Where(p => Observed[m][p] is not null).Sum(p => (decimal)Observed[m][p]!.Value);
                var weights = open.Select(p => weightsAll[p]).ToArray();
                if (weights.Sum() <= 0) Array.Fill(weights, 1m);
                var parts = open.Count == 0 ? [] : PeriodSplit.Split(Math.Max(0, whole - done), weights, r.Metric.Unit);
                for (var i = 0; i < open.Count; i++) b[open[i]][0] = (double)parts[i];
            }
            else
            {
                for (var p = 0; p < Periods; p++)
                    for (var k = 0; k < Sizes[m]; k++) b[p][k] = (double)((r.Planned[k] ?? 0) * weightsAll[p]);
            }
            bases[m] = b;
        }
        return bases;
    }
}
