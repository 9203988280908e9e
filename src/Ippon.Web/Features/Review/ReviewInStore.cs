using Ippon.Review;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Review;

/// <summary>
/// The plan store's part for the review: a stored plan's latest version reviewed with its stored actuals, read on one
/// context. Declared here, beside <see cref="ReviewPlan"/>, so that the store names no slice; the review endpoint calls
/// it on the one store.
/// </summary>
public static class ReviewInStore
{
    /// <summary>Plan <paramref name="id"/> reviewed at <paramref name="asOf"/> (the last period with actuals when empty): the whole plan, or member <paramref name="member"/>'s own review when one is named.</summary>
    public static Task<Outcome<ReviewResult>> ReviewAsync(this PlanStore store, Guid id, string? asOf, string? member = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => ReviewPlan.Run(db, id, asOf, member, ct), ct);
    }
}
