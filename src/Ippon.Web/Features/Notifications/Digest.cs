using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Review;

namespace Ippon.Web.Features.Notifications;

/// <summary>The planners' weekly digest of a plan: the KGI's landing, the metrics to act on (the review's focus), and a small chart of attainment to date.</summary>
public static class Digest
{
    public static async Task<int> QueueAsync(IpponDb db, NotificationSettings settings, Guid planId, DateTime occurrence, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var review = await ReviewPlan.Run(db, planId, null, null, ct);
        if (!review.Ok) return 0;
        var link = $"{Outbox.BaseUrl(settings)}/plans/{planId}?tab=review";
        var recipients = await Recipients.FindAsync(db, NotificationKinds.Digest, planners: true, [], now, ct);
        var key = $"digest:{planId}:{occurrence.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture)}";
        Notice Say(Language l) => Describe(review.Value, link, l);
        return Outbox.Mail(db, settings, key, NotificationKinds.Digest, recipients, Say, now) + Outbox.Chat(db, settings, key, NotificationKinds.Digest, Say, now);
    }

    public static Notice Describe(ReviewResult review, string link, Language l)
    {
        ArgumentNullException.ThrowIfNull(review);
        var plan = review.Plan;
        string F(decimal? v, Unit u) => Formatter.Format(v, u, l);
        var lines = new List<string>();
        if (review.Kgi is { } kgi && plan.Find(kgi.Metric) is { } k)
        {
            lines.Add(l.T(
                $"KGI {k.Label} の着地見込み: {F(kgi.Forecast, k.Unit)} (目標 {F(kgi.Target, k.Unit)}、差 {F(kgi.ForecastGap, k.Unit)}、{review.AsOf.Label} 時点)",
                $"KGI {k.Label} landing: {F(kgi.Forecast, k.Unit)} (target {F(kgi.Target, k.Unit)}, gap {F(kgi.ForecastGap, k.Unit)}, as of {review.AsOf.Label})"));
        }
        if (review.Focus.IsEmpty) lines.Add(l.T("手を打つべき指標はありません (計画どおり)", "No metric to act on (on track)"));
        foreach (var focus in review.Focus) lines.Add(l.T("手を打つ: ", "Act on: ") + focus.Reason.In(l));
        var bars = review.Metrics
            .Where(m => m.Member is null && m.Metric.Metric.Role is MetricRole.Kpi or MetricRole.Kgi && m.Attainment is not null)
            .Take(8)
            .Select(m => new Bar(m.Metric.Metric.Label, m.Attainment!.Value, Formatter.Percent(m.Attainment.Value)))
            .ToList();
        var title = l.T($"【Ippon】週次ダイジェスト: {plan.Title}", $"[Ippon] Weekly digest: {plan.Title}");
        return new Notice(title, lines, link, l.T("レビューを開く", "Open the review"), bars);
    }
}
