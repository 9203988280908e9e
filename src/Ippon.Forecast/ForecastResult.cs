using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Forecast;

/// <summary>How a plan is likely to land: the distribution of the KGI and every metric at the horizon's end, given what is uncertain and the actuals to date.</summary>
public sealed record ForecastResult
{
    public required Plan Plan { get; init; }

    public required PeriodCalendar Calendar { get; init; }

    /// <summary>The last period whose actuals count; null when no actuals were given.</summary>
    public Period? AsOf { get; init; }

    public required int Trials { get; init; }

    public required int Seed { get; init; }

    /// <summary>The review the forecast starts from: plan, actuals to date, observed rates.</summary>
    public required ReviewResult Review { get; init; }

    /// <summary>Every metric connected to the KGI (and every other one the formulas reach), in plan order.</summary>
    public ImmutableArray<MetricForecast> Metrics { get; init; } = [];

    /// <summary>The KGI's landing and its chance of reaching the target; null when the plan has no single KGI.</summary>
    public MetricForecast? Kgi { get; init; }

    /// <summary>Each rate's and amount's belief: prior, what was observed, posterior.</summary>
    public ImmutableArray<Belief> Beliefs { get; init; } = [];

    /// <summary>Each uncertainty's share of the KGI's spread, largest first.</summary>
    public ImmutableArray<Contribution> Contributions { get; init; } = [];

    /// <summary>The plan that gives the KGI the requested probability (逆算 to a confidence level); null when no lever can be moved.</summary>
    public ConfidencePlan? AtConfidence { get; init; }

    /// <summary>The plan's findings (errors make the exit code 1).</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    public bool HasErrors => Review.HasErrors;

    public MetricForecast? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id);
}

/// <summary>A distribution's summary: mean, standard deviation, 10th, 50th and 90th percentiles.</summary>
public sealed record Spread(double Mean, double StdDev, double P10, double P50, double P90);

/// <summary>One metric's landing at the horizon's end.</summary>
public sealed record MetricForecast
{
    public required MetricResult Metric { get; init; }

    public string Id => Metric.Id;

    /// <summary>The whole-horizon target (the plan's, unchanged).</summary>
    public decimal? Target { get; init; }

    /// <summary>The landing with every uncertain number at its expected value and no chance: the point forecast.</summary>
    public double? Expected { get; init; }

    /// <summary>The simulated landing.</summary>
    public required Spread Landing { get; init; }

    /// <summary>The probability of reaching <see cref="Target"/> (of staying at or under it for direction: down); null without a target.</summary>
    public double? Probability { get; init; }

    /// <summary>Monte Carlo standard error of <see cref="Probability"/>: √(p(1 − p) ÷ trials); 0 when it is exact.</summary>
    public double? ProbabilityError { get; init; }

    /// <summary>Whether <see cref="Probability"/> is the closed form (a single binomial stage: the Beta-binomial), not a simulated frequency.</summary>
    public bool ProbabilityExact { get; init; }

    /// <summary>The share of trials that reached <see cref="Target"/>: <see cref="Probability"/> itself unless that is exact.</summary>
    public double? SimulatedProbability { get; init; }

    /// <summary>The metric per period: the actual where one was observed, else the simulated band.</summary>
    public ImmutableArray<PeriodBand> Periods { get; init; } = [];
}

/// <summary>One period of a metric: observed (the actual) or simulated (the band), and the band of its total from the first period to this one (the fan of a fan chart).</summary>
public sealed record PeriodBand(Period Period, bool Observed, Spread Band, Spread Cumulative);

/// <summary>What the forecast believes about one uncertain input.</summary>
/// <param name="Basis">Where the prior came from: <c>range</c>, <c>confidence</c>, <c>default</c>.</param>
/// <param name="Observed">The value the actuals imply (orders ÷ deals; for a count, what it counted to date); null when nothing was observed.</param>
/// <param name="Successes">For a rate: the successes observed (orders).</param>
/// <param name="Count">The trials observed (deals), the units an amount was observed on (orders), or what a count had planned to date.</param>
/// <remarks>A count's prior and posterior are its whole-horizon number at the pace believed (<see cref="Beliefs.PaceBelief"/>).</remarks>
public sealed record Belief(string Metric, BeliefKind Kind, string Basis, Spread Prior, double? Observed, double? Successes, double? Count, Spread Posterior);

public enum BeliefKind
{
    /// <summary>A rate: Beta prior and posterior.</summary>
    Rate,

    /// <summary>An amount per unit (a unit price): normal prior and posterior.</summary>
    Amount,

    /// <summary>A count or volume with a range (its pace learnt from the actuals, Gamma prior and posterior) or a variability.</summary>
    Count,
}

/// <summary>One uncertainty's share of the KGI's spread: the variance of the KGI with only this one uncertain, over the sum of those variances.</summary>
/// <param name="Source">A metric id, or <c>chance</c> for the luck of which deals are won at a given rate.</param>
public sealed record Contribution(string Source, double Share, double StdDev);

/// <summary>The plan that gives the KGI a chosen probability: the lever's target, the KGI figure to plan to, every target and action at that level.</summary>
public sealed record ConfidencePlan
{
    /// <summary>The probability asked for (0.8).</summary>
    public required double Level { get; init; }

    /// <summary>The input moved: the KPI at the bottom of the tree (leads).</summary>
    public required string Lever { get; init; }

    /// <summary>The lever's whole-horizon number in the plan as it stands.</summary>
    public required decimal BaselineLever { get; init; }

    /// <summary>The KGI's probability with <see cref="BaselineLever"/>.</summary>
    public required double BaselineProbability { get; init; }

    /// <summary>The least lever (a whole number for counts) whose KGI probability reaches <see cref="Level"/>.</summary>
    public required decimal LeverTarget { get; init; }

    /// <summary>The KGI's probability with <see cref="LeverTarget"/>, by the simulation.</summary>
    public required double Probability { get; init; }

    /// <summary>The KGI figure the back-calculation must plan to for the lever to reach <see cref="LeverTarget"/> at the expected rates.</summary>
    public decimal? PlanningTarget { get; init; }

    /// <summary>The plan back-calculated to that figure: every target, action volume and load.</summary>
    public required PlanResult Plan { get; init; }

    /// <summary>Error findings that plan has and the plan as it stands does not (an action over capacity).</summary>
    public ImmutableArray<Finding> NewFindings { get; init; } = [];

    /// <summary>Why no confidence plan could be made, when <see cref="LeverTarget"/> was not found within reach.</summary>
    public bool Reached { get; init; } = true;
}
