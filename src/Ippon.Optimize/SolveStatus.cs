namespace Ippon.Optimize;

/// <summary>How a solve ended.</summary>
public enum SolveStatus
{
    /// <summary>The best mix, proven.</summary>
    Optimal,

    /// <summary>A mix that fits, found before the time limit, not proven best.</summary>
    Feasible,

    /// <summary>No mix fits every KPI, team and bound.</summary>
    Infeasible,

    /// <summary>The time limit passed before any mix was found.</summary>
    TimedOut,

    /// <summary>The plan cannot be optimized as written (the message says why).</summary>
    Unsupported,
}
