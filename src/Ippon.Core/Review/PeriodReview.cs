using Ippon.Periods;

namespace Ippon.Review;

/// <summary>One metric in one period: plan, actual, attainment, the pace of the cumulative numbers, and the re-planned target of a period still to come.</summary>
/// <param name="Closed">True for the periods up to the review's date (their actuals count to date).</param>
/// <param name="Plan">The planned value split to this period (for a quality metric: its value).</param>
/// <param name="Target">The target split to this period.</param>
/// <param name="Actual">The actual, given or derived through formulas; null when unknown.</param>
/// <param name="Attainment">Actual ÷ plan (plan ÷ actual for direction: down).</param>
/// <param name="CumulativePlan">The plan from the first period through this one (quantities).</param>
/// <param name="CumulativeActual">The actuals from the first period through this one, when every one of them is known.</param>
/// <param name="Pace">Cumulative actual ÷ cumulative plan (inverted for direction: down): the pace against the plan to date.</param>
/// <param name="Replanned">For a period after the review's date: its share of what remains of the re-planned target.</param>
public sealed record PeriodReview(
    Period Period,
    bool Closed,
    decimal? Plan,
    decimal? Target,
    decimal? Actual,
    ActualSource Source,
    decimal? Attainment,
    decimal? CumulativePlan,
    decimal? CumulativeActual,
    decimal? Pace,
    decimal? Replanned);
