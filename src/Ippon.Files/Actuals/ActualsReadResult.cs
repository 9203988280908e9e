using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ippon.Checks;

namespace Ippon.Files.Actuals;

/// <summary>Actuals read from a file, or every error that stopped them; warnings (rows left out on purpose) either way.</summary>
public sealed record ActualsReadResult(Ippon.Review.Actuals? Actuals, ImmutableArray<InputError> Errors, ImmutableArray<Finding> Warnings)
{
    [MemberNotNullWhen(true, nameof(Actuals))]
    public bool Success => Actuals is not null && Errors.IsEmpty;

    internal static ActualsReadResult Fail(params InputError[] errors) => new(null, [.. errors], []);
}
