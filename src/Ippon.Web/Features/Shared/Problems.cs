using Ippon.Numbers;

namespace Ippon.Web.Features.Shared;

/// <summary>Turns a <see cref="Failure"/> into an RFC 9457 problem-details response naming each field, line and column.</summary>
public static class Problems
{
    /// <summary>400, 404 or 409 with <c>errors: [{field, line, column, message}]</c>.</summary>
    public static IResult ToProblem(this Failure failure, Language language)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var status = failure.Kind switch
        {
            FailureKind.NotFound => StatusCodes.Status404NotFound,
            FailureKind.Conflict => StatusCodes.Status409Conflict,
            FailureKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var errors = failure.Errors.Select(e => new Dictionary<string, object?>
        {
            ["field"] = e.Field,
            ["line"] = e.Line,
            ["column"] = e.Column,
            ["message"] = e.Message.In(language),
        }).ToList();
        return TypedResults.Problem(
            title: failure.Title.In(language),
            detail: failure.Errors.IsEmpty ? null : failure.Errors[0].Describe(language),
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    /// <summary><paramref name="onSuccess"/> of the value, or the problem.</summary>
    public static IResult ToHttp<T>(this Outcome<T> outcome, Language language, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return outcome.Ok ? onSuccess(outcome.Value) : outcome.Failure.ToProblem(language);
    }
}
