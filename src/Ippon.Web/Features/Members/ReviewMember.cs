using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;
using Ippon.Review;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Members;

/// <summary>
/// One member's review with the stored actuals, as <c>ippon review --member</c> makes it from a CSV: the same periods
/// (<see cref="ReviewPeriods"/>), the stored rows read as the CSV's (<see cref="StoredActuals.ForReview"/>, members'
/// rows with their member) and the same Core function (<see cref="MemberReview"/>), so the page and the command
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

    /// <summary>
    /// The progress of every member of <paramref name="dimension"/> with actuals of their own, by name: each one's
    /// review exactly as <see cref="Run"/> makes it (one calculation of the plan shared by all). A member without rows
    /// of their own is left out: nothing of theirs to be behind with. Empty for a plan without periods.
    /// </summary>
    public static IReadOnlyDictionary<string, MemberProgress> Progress(Plan plan, IReadOnlyList<ActualRow> rows, Dimension dimension, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(dimension);
        var progress = new Dictionary<string, MemberProgress>(StringComparer.Ordinal);
        if (!rows.Any(r => r.Member is not null)) return progress;
        var periods = ReviewPeriods.Of(plan, null);
        if (!periods.Success) return progress;
        var actuals = StoredActuals.ForReview(plan, rows);
        // Rows by each name in the member label they carry (田中, its region 東京, or 東京/田中 over two dimensions):
        // a rep's review is given the shared rows and those naming the rep or a region above them — a superset of
        // what MemberReview keeps (Actuals.ForMember picks the rep's cells exactly) — so 10,000 reps do not each
        // filter every row.
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shared = new List<Ippon.Review.Actual>();
        for (var k = 0; k < actuals.Rows.Length; k++)
        {
            if (actuals.Rows[k].Member is not { } label) { shared.Add(actuals.Rows[k]); continue; }
            foreach (var name in label.Split('/').Distinct(StringComparer.Ordinal))
            {
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                list.Add(k);
            }
        }
        var options = new ReviewOptions { AsOf = periods.Value!.AsOf };
        var whole = PlanCalculator.Calculate(plan, options.Calculation);
        for (var i = 0; i < dimension.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (!byName.TryGetValue(dimension.Members[i], out var own)) continue;
            var picked = new SortedSet<int>(own);
            var (d, m) = (dimension, i);
            while (d.Parent is { } parent)
            {
                (d, m) = (parent, d.ParentOf[m]);
                if (byName.TryGetValue(d.Members[m], out var above)) picked.UnionWith(above);
            }
            var mine = new List<Ippon.Review.Actual>(shared);
            mine.AddRange(picked.Select(k => actuals.Rows[k]));
            var review = MemberReview.Run(whole, periods.Value.Calendar, actuals with { Rows = [.. mine] }, dimension, i, options);
            progress[dimension.Members[i]] = new MemberProgress(review.BehindToDate, review.AttainmentToDate);
        }
        return progress;
    }
}
