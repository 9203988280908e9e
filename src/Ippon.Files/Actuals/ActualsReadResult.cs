using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ippon.Checks;
using Ippon.Inputs;

namespace Ippon.Files.Actuals;

/// <summary>
/// Actuals read from a file, or every error that stopped them: the one result shape
/// (<see cref="ParseResult{T, TError}"/>) with the value named <see cref="Actuals"/>, plus the warnings (rows left out
/// on purpose), which a parse result has not, either way.
/// </summary>
public sealed class ActualsReadResult : ParseResult<Ippon.Review.Actuals, InputError>
{
    /// <param name="actuals">The actuals, or null when <paramref name="errors"/> say why there are none.</param>
    public ActualsReadResult(Ippon.Review.Actuals? actuals, ImmutableArray<InputError> errors, ImmutableArray<Finding> warnings)
        : base(actuals, errors)
    {
        if (actuals is null && errors.IsEmpty) throw new ArgumentException("actuals that could not be read need at least one reason", nameof(errors));
        Warnings = warnings;
    }

    /// <summary>The actuals, when <see cref="Success"/>; the same as <see cref="ParseResult{T, TError}.Value"/>.</summary>
    public Ippon.Review.Actuals? Actuals => Value;

    /// <summary>Rows left out on purpose (a member not in the plan, a period outside it), whether or not the file could be used.</summary>
    public ImmutableArray<Finding> Warnings { get; }

    [MemberNotNullWhen(true, nameof(Actuals))]
    public new bool Success => base.Success;

    internal static ActualsReadResult Fail(params InputError[] errors) => new(null, [.. errors], []);
}
