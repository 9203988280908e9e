namespace Ippon.Plans;

/// <summary>How sure the plan is of one metric's number: a range, a confidence as a number of observations, a variability.</summary>
/// <remarks>
/// Written in the plan file as <c>range: [15%, 25%]</c> (an 80% interval unless <c>level:</c> says otherwise),
/// <c>confidence: { trials: 50 }</c> ("as sure as 50 observed deals") and <c>variability: 10%</c> (the spread of
/// each period's count around its plan). The exact plan never reads these: only the forecast does
/// (docs/forecast.md), so a plan with uncertainty calculates exactly as the same plan without it.
/// </remarks>
public sealed record Uncertainty
{
    /// <summary>The default probability of a range: <c>range: [a, b]</c> is read as an 80% interval.</summary>
    public const decimal DefaultLevel = 0.8m;

    /// <summary>The low end of the range, or null when no range is given.</summary>
    public decimal? Low { get; init; }

    /// <summary>The high end of the range, or null when no range is given.</summary>
    public decimal? High { get; init; }

    /// <summary>The probability that the true number lies in [<see cref="Low"/>, <see cref="High"/>].</summary>
    public decimal Level { get; init; } = DefaultLevel;

    /// <summary>For a rate or a unit price: how many observations the assumed value is worth (<c>confidence: { trials: 50 }</c>).</summary>
    public decimal? Trials { get; init; }

    /// <summary>For a count or a volume: the coefficient of variation of each period's number around its plan (10% = one standard deviation is 10% of the plan).</summary>
    public decimal? Variability { get; init; }

    /// <summary>True when a range is given.</summary>
    public bool HasRange => Low is not null && High is not null;
}
