using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>One number of the plan: the KGI, a KSF, a KPI, an assumption or an intermediate.</summary>
/// <remarks>
/// A metric with a <see cref="Formula"/> is computed; one with a <see cref="Value"/> is a planned or assumed input;
/// one with neither is an input planned at its target. A metric with a value and no role is an assumption: the
/// back-calculation never solves for it.
/// </remarks>
public sealed record Metric
{
    /// <summary>The id formulas use: <c>new_revenue</c>, <c>商談数</c> (the rule: <see cref="Formulas.Syntax.Identifier"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The name people read: 新規受注数.</summary>
    public string? Name { get; init; }

    /// <summary>How the name is read, in kana (しょうだんすう), so that formula suggestions find it as people type.</summary>
    public string? Reading { get; init; }

    public MetricRole? Role { get; init; }

    public Formula? Formula { get; init; }

    /// <summary>A planned or assumed input value (for a metric over dimensions: the value of every member without its own).</summary>
    public decimal? Value { get; init; }

    /// <summary>An explicit requirement; targets of other metrics are derived from the KGI's.</summary>
    public decimal? Target { get; init; }

    public Unit Unit { get; init; }

    /// <summary>The kind as written; when absent the calculation applies the contract's defaults (ratios and unit prices are quality).</summary>
    public MetricKind? Kind { get; init; }

    public string? Owner { get; init; }

    public DateOnly? Deadline { get; init; }

    public Direction Direction { get; init; }

    /// <summary>Weights per period for splitting targets over the horizon; empty for an even split.</summary>
    public ImmutableArray<decimal> Phasing { get; init; } = [];

    /// <summary>The dimensions the metric is declared to vary over (<c>by: [region]</c>); empty to infer from its formula.</summary>
    public ImmutableArray<string> By { get; init; } = [];

    /// <summary>Per-member values (member label → value) for a metric over dimensions.</summary>
    public ImmutableDictionary<string, decimal> MemberValues { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>Per-member explicit targets (member label → target).</summary>
    public ImmutableDictionary<string, decimal> MemberTargets { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>How a total target is shared among this metric's members when it is summed into its parent.</summary>
    public Allocation? Allocation { get; init; }

    /// <summary>How sure the plan is of this metric's number (range, confidence, variability), for the forecast; null when the plan says nothing.</summary>
    public Uncertainty? Uncertainty { get; init; }

    /// <summary>Free text: why this metric, where its number comes from.</summary>
    public string? Note { get; init; }

    /// <summary>Where the metric's id was written in the plan file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The display name: <see cref="Name"/>, or the id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}
