namespace Ippon.Calculation;

/// <summary>Where a target came from.</summary>
public enum TargetSource
{
    /// <summary>Written in the plan.</summary>
    Explicit,

    /// <summary>Back-calculated from the KGI's target.</summary>
    Derived,
}
