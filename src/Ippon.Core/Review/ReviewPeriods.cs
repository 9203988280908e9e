using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>
/// The periods actuals are placed in and the period to review at, from the label a user typed: the one set-up of
/// <c>ippon review</c>, <c>ippon export --actuals</c>, <c>ippon forecast --actuals</c> and the web app's review and forecast.
/// </summary>
/// <param name="AsOf">The 0-based period to review at (<c>H1</c> in a quarterly plan: through Q2); null for the last period with actuals.</param>
public sealed record ReviewPeriods(PeriodCalendar Calendar, int? AsOf)
{
    /// <summary>Why a plan without periods cannot be compared with actuals.</summary>
    public static Message NoPeriods { get; } = new(
        "計画に期間 (horizon: start, end, period) もKGIの期限 (deadline:) もないため、実績を期間に割り当てられません",
        "the plan has neither a horizon: (start, end, period) nor a KGI deadline:, so actuals cannot be placed in periods");

    /// <summary>The calendar of <paramref name="plan"/> and the period <paramref name="asOf"/> names (null: the last period with actuals).</summary>
    /// <returns>The periods, or <c>plan</c>: <see cref="NoPeriods"/>, or <c>as_of</c>: why the label names no period of the plan.</returns>
    public static ParseResult<ReviewPeriods> Of(Plan plan, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (PeriodCalendar.For(plan) is not { } calendar) return ParseResult<ReviewPeriods>.Fail(new FieldMessage("plan", NoPeriods));
        if (asOf is null) return ParseResult<ReviewPeriods>.Ok(new ReviewPeriods(calendar, null));
        var span = calendar.Resolve(asOf);
        return span.Success
            ? ParseResult<ReviewPeriods>.Ok(new ReviewPeriods(calendar, span.Value.Last.Index))
            : ParseResult<ReviewPeriods>.Fail(span.Errors.Select(e => e with { Field = "as_of" }));
    }
}
