using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ippon.Formulas.BackSolving;

/// <summary>The value a lever needs for a formula to meet its target, or why there is none.</summary>
public sealed record SolveResult
{
    /// <summary>The lever's value, when solved.</summary>
    public decimal? Value { get; init; }

    /// <summary>Why it could not be solved: a division by zero (a 0% rate) or no value meeting the target.</summary>
    public FormulaError Error { get; init; }

    public SolveMethod Method { get; init; }

    /// <summary>The steps of an exact inversion, from the formula's target down to the lever.</summary>
    public ImmutableArray<SolveStep> Steps { get; init; } = [];

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    public static SolveResult Fail(FormulaError error) => new() { Error = error };
}
