using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ippon.Inputs;
using Ippon.Plans;

namespace Ippon.Files.Plans;

/// <summary>A plan read from a file, or every error that stopped it: the one result shape (<see cref="ParseResult{T, TError}"/>) with the value named <see cref="Plan"/>.</summary>
public sealed class PlanReadResult : ParseResult<Plan, InputError>
{
    /// <param name="plan">The plan, or null when <paramref name="errors"/> say why there is none.</param>
    public PlanReadResult(Plan? plan, ImmutableArray<InputError> errors) : base(plan, errors)
    {
        if (plan is null && errors.IsEmpty) throw new ArgumentException("a plan that could not be read needs at least one reason", nameof(errors));
    }

    /// <summary>The plan, when <see cref="Success"/>; the same as <see cref="ParseResult{T, TError}.Value"/>.</summary>
    public Plan? Plan => Value;

    [MemberNotNullWhen(true, nameof(Plan))]
    public new bool Success => base.Success;
}
