namespace Ippon.Review;

/// <summary>Where an actual came from.</summary>
public enum ActualSource
{
    /// <summary>No actual is known.</summary>
    None,

    /// <summary>Given in the actuals file (an actual given for a rate wins over the one implied by other metrics).</summary>
    Given,

    /// <summary>Computed by the metric's formula from the actuals of its inputs (revenue = repeat + new).</summary>
    Computed,

    /// <summary>Back-solved from the formula that contains it: observed win rate = actual orders ÷ actual deals.</summary>
    Solved,
}
