using System.Collections.Immutable;

namespace Ippon.Calculation;

/// <summary>How a derived target was computed from its parent's: the formula chain a planner shows in an approval request.</summary>
/// <param name="Parent">The id of the metric whose target this one was derived from.</param>
/// <param name="ParentTarget">The parent's target at that point.</param>
/// <param name="Steps">The operations from the parent's target to this target.</param>
/// <param name="Raw">The value before whole-unit rounding: 133.33… deals.</param>
/// <param name="Final">The target after rounding: 134 deals.</param>
public sealed record Derivation(DerivationKind Kind, string Parent, decimal ParentTarget, ImmutableArray<DerivationStep> Steps, decimal Raw, decimal Final)
{
    /// <summary>True when whole-unit rounding changed the value (beyond the 10^-12 noise a numeric solve leaves).</summary>
    public bool Rounded => decimal.Round(Raw, 12) != Final;
}
