namespace Ippon.Plans;

/// <summary>Which way is better for a metric.</summary>
public enum Direction
{
    /// <summary>More is better (revenue, deals): the default.</summary>
    Up,

    /// <summary>Less is better (churn, cost).</summary>
    Down,
}
