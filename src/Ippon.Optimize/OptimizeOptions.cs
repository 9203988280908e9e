namespace Ippon.Optimize;

/// <summary>How to optimize: the objective, a budget (for <see cref="Objective.Kgi"/>, or a cap on cost), and the solver's time limit.</summary>
public sealed record OptimizeOptions
{
    public Objective Objective { get; init; } = Objective.Cost;

    /// <summary>The most the actions may cost together (Σ volume × cost_per_unit), or null for no limit.</summary>
    public decimal? Budget { get; init; }

    /// <summary>The solver's time limit; the best mix found by then is returned, marked as not proven optimal.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether to look for the smallest fix when no mix fits (a few more solves).</summary>
    public bool FindFixes { get; init; } = true;
}
