using Ippon.Inputs;

namespace Ippon.Web.Features.Shared;

/// <summary>Core's parse results as the web app answers them: each reason a field error of a 400 problem+json.</summary>
public static class ParseResults
{
    /// <summary>The value, or a failure with one <see cref="FieldError"/> per reason (its field named as Core names it: <c>scenario</c>, <c>set.win_rate</c>, <c>as_of</c>).</summary>
    public static Outcome<T> ToOutcome<T>(this ParseResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Success ? result.Value : Failure.Invalid([.. result.Errors.Select(FieldError.From)]);
    }
}
