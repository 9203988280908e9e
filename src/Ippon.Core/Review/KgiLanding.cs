using System.Collections.Immutable;

namespace Ippon.Review;

/// <summary>Where the KGI lands: its gap to date through the formulas, and the landing at the horizon's end (as planned from here on, and at the pace to date).</summary>
/// <param name="PlannedToDate">The KGI's plan over the periods to date (its own split).</param>
/// <param name="ActualToDate">The plan to date plus the gap to date, measured through the formulas with every input at its actual to date (those in <paramref name="AssumedOnPlan"/> at plan).</param>
/// <param name="Forecast">The actual to date plus the plan of the periods to come: the landing if the rest goes as planned (the planned KGI plus the gap to date, or after an adopted re-plan, what it asks of the periods to come).</param>
/// <param name="ForecastRunRate">The actual to date plus the plan of the periods to come scaled by the pace to date (<see cref="Pace"/>).</param>
/// <param name="AssumedOnPlan">Inputs without actuals, held at their plan to date (e.g. repeat revenue when only new business is tracked).</param>
public sealed record KgiLanding(
    string Metric,
    decimal? Target,
    decimal? Planned,
    decimal? PlannedToDate,
    decimal? ActualToDate,
    decimal? Forecast,
    decimal? ForecastRunRate,
    ImmutableArray<string> AssumedOnPlan)
{
    /// <summary>The KGI's gap to date: actual − planned through the formulas.</summary>
    public decimal? GapToDate => ActualToDate - PlannedToDate;

    /// <summary>Actual ÷ plan to date: the pace the run-rate landing assumes continues.</summary>
    public decimal? Pace => PlannedToDate is > 0 ? ActualToDate / PlannedToDate : null;

    /// <summary>Forecast − target: how far the landing misses (or beats) the KGI.</summary>
    public decimal? ForecastGap => Forecast - Target;
}
