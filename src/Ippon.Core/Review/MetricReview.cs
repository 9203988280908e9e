using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>One metric reviewed at a period: plan and actual to date, attainment, the observed value of a quality metric, the landing forecast and the re-planned target.</summary>
/// <remarks>
/// Keyed by metric and <see cref="Member"/> so that a per-member review (regions, reps) can sit next to the whole
/// metric's; v1 reviews the whole metric only (<see cref="Member"/> is null).
/// </remarks>
public sealed record MetricReview
{
    /// <summary>The metric as calculated by the plan (targets and planned values before the review).</summary>
    public required MetricResult Metric { get; init; }

    public string Id => Metric.Id;

    /// <summary>The member (東京/田中) for a per-member review; null for the whole metric.</summary>
    public string? Member { get; init; }

    /// <summary>True for a rate or unit price: it is not summed over periods, and its actual is the one the actuals imply.</summary>
    public bool IsQuality => Metric.Kind == MetricKind.Quality;

    /// <summary>How the metric's plan is split over the periods.</summary>
    public PhasingSource Phasing { get; init; }

    /// <summary>The plan over the periods up to the review's date (the planned value for a quality metric).</summary>
    public decimal? PlannedToDate { get; init; }

    /// <summary>The target over the periods up to the review's date.</summary>
    public decimal? TargetToDate { get; init; }

    /// <summary>The actuals to date: their sum for a quantity; for a quality metric the value the actuals imply (orders ÷ deals), unless given directly.</summary>
    public decimal? ActualToDate { get; init; }

    public ActualSource Source { get; init; }

    /// <summary>For a back-solved actual, the metric whose formula gave it (win_rate from orders = deals * win_rate); else null.</summary>
    public string? SolvedFrom { get; init; }

    /// <summary>Actual ÷ planned to date, inverted for direction: down.</summary>
    public decimal? Attainment { get; init; }

    /// <summary>The observed value of a quality metric (its actual to date); null for a quantity.</summary>
    public decimal? Observed { get; init; }

    /// <summary>The landing at the horizon's end if the remaining periods go as planned: actual to date + their plan.</summary>
    public decimal? Forecast { get; init; }

    /// <summary>The landing if the remaining periods keep the pace to date: actual to date + (actual ÷ plan to date) × their plan.</summary>
    public decimal? ForecastRunRate { get; init; }

    /// <summary>The whole-horizon target back-calculated again with the observed quality metrics in place of the assumed ones.</summary>
    public decimal? ReplannedTarget { get; init; }

    /// <summary>Re-planned target − actual to date: what the remaining periods must bring (quantities).</summary>
    public decimal? Remaining { get; init; }

    /// <summary>This metric's share of the KGI's gap to date, for the factors that moved (inputs and metrics whose inputs are unknown).</summary>
    public decimal? KgiContribution { get; init; }

    /// <summary>The metric in every period.</summary>
    public ImmutableArray<PeriodReview> Periods { get; init; } = [];
}
