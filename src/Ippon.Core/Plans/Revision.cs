using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>A re-plan kept in the plan file: when, why, and what changed (e.g. Q2 review: win rate 20% → 15%).</summary>
public sealed record Revision(DateOnly Date, string Reason, ImmutableArray<RevisionChange> Changes)
{
    /// <summary>The review period that led to it, such as Q2.</summary>
    public string? Period { get; init; }

    public string? Author { get; init; }
}
