using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>How a total target is shared among the members of a dimension (regions, reps).</summary>
/// <param name="Method">evenly, by weights, or in proportion to another metric (last year's actuals).</param>
/// <param name="Weights">Member label → weight, for <see cref="AllocationMethod.Weights"/>.</param>
/// <param name="Metric">The metric whose values are the weights, for <see cref="AllocationMethod.ByMetric"/>.</param>
public sealed record Allocation(AllocationMethod Method, ImmutableDictionary<string, decimal> Weights, string? Metric = null)
{
    public static Allocation Even { get; } = new(AllocationMethod.Even, ImmutableDictionary<string, decimal>.Empty);

    public static Allocation Planned { get; } = new(AllocationMethod.Planned, ImmutableDictionary<string, decimal>.Empty);
}
