using Ippon.Dimensions;
using Ippon.Plans;
using Ippon.Review;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Members;

/// <summary>
/// One member's review with the stored actuals, as <c>ippon review --member</c> makes it from a CSV: the same periods
/// (<see cref="ReviewPeriods"/>), the stored rows read as the CSV's (<see cref="StoredActuals.ForReview"/>, members'
/// rows with their member) and the same Core function (<see cref="MemberReview.Run"/>), so the page and the command
/// show the same numbers.
/// </summary>
public static class ReviewMember
{
    /// <summary>Reviews member <paramref name="member"/> of <paramref name="dimension"/> at <paramref name="asOf"/> (a period label; the member's last period with actuals when empty).</summary>
    public static Outcome<ReviewResult> Run(Plan plan, IReadOnlyList<ActualRow> rows, Dimension dimension, int member, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(dimension);
        var periods = ReviewPeriods.Of(plan, string.IsNullOrWhiteSpace(asOf) ? null : asOf).ToOutcome();
        if (!periods.Ok) return periods.Failure;
        var actuals = StoredActuals.ForReview(plan, rows);
        return MemberReview.Run(plan, periods.Value.Calendar, actuals, dimension, member, new ReviewOptions { AsOf = periods.Value.AsOf });
    }
}
