using Ippon.Calculation;

namespace Ippon.Review;

/// <summary>How to review: the period to review at, the scenario and overrides to review against, and how many focus metrics to name.</summary>
public sealed record ReviewOptions
{
    /// <summary>The 0-based period to review at; null for the last period that has actuals.</summary>
    public int? AsOf { get; init; }

    /// <summary>The plan's scenario and --set overrides, as for <c>ippon plan</c>.</summary>
    public CalculationOptions Calculation { get; init; } = CalculationOptions.None;

    /// <summary>The most metrics to name as the ones to act on.</summary>
    public int MaxFocus { get; init; } = 3;

    /// <summary>Name metrics to act on until they explain this share of the KGI's shortfall.</summary>
    public decimal FocusCoverage { get; init; } = 0.8m;

    public static ReviewOptions Default { get; } = new();
}
