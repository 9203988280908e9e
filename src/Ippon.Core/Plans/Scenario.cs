using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>A named set of overrides of values and targets, such as an OKR stretch (2,000 leads instead of 1,000).</summary>
public sealed record Scenario(string Name, ImmutableArray<ScenarioOverride> Overrides)
{
    public string? Description { get; init; }
}
