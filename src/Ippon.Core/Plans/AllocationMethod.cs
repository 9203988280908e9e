namespace Ippon.Plans;

/// <summary>The ways a total target can be shared among members.</summary>
public enum AllocationMethod
{
    /// <summary>In proportion to each member's planned value (the contract's rule for sums); evenly when none is known.</summary>
    Planned,

    /// <summary>Equal shares.</summary>
    Even,

    /// <summary>In proportion to weights given per member.</summary>
    Weights,

    /// <summary>In proportion to another metric's values, such as last year's actuals.</summary>
    ByMetric,
}
