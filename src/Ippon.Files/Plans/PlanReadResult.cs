using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ippon.Plans;

namespace Ippon.Files.Plans;

/// <summary>A plan read from a file, or every error that stopped it.</summary>
public sealed record PlanReadResult(Plan? Plan, ImmutableArray<InputError> Errors)
{
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Success => Plan is not null && Errors.IsEmpty;
}
