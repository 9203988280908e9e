using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;
using Ippon.Storage;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Review;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// When saved actuals move a KPI's landing below its target, its owner (the department's editors) and the planners
/// are told what moved, by how much, and the re-planned number. The landing and the re-plan are the review engine's
/// (<see cref="ReviewPlan"/>, the same numbers as the review tab and <c>ippon review</c>), before and after the save.
/// </summary>
public static class KpiAlerts
{
    /// <summary>One actual a save changed.</summary>
    public sealed record Cell(string Period, string Metric, decimal? Old, decimal? New);

    /// <summary>A KPI whose landing is below its target after the save and was not before.</summary>
    public sealed record Fall(MetricReview? Before, MetricReview After);

    /// <summary>The KPIs (quantities with a target) that landed on or above target before and below it after.</summary>
    public static List<Fall> Fallen(ReviewResult? before, ReviewResult after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var result = new List<Fall>();
        foreach (var m in after.Metrics)
        {
            if (m.Member is not null || m.Metric.Metric.Role != MetricRole.Kpi || !Below(m)) continue;
            var was = before?.Metric(m.Id);
            if (was is not null && Below(was)) continue;
            result.Add(new Fall(was, m));
        }
        return result;
    }

    /// <summary>Whether the metric's landing (actual to date + the plan for the rest) misses its whole-horizon target.</summary>
    public static bool Below(MetricReview m)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (m.Forecast is not { } landing || m.Metric.Target is not { } target) return false;
        return m.Metric.Metric.Direction == Direction.Down ? landing > target : landing < target;
    }

    /// <summary>
    /// Reviews the plan before and after <paramref name="changes"/> and queues an alert per fallen KPI, on the
    /// caller's context (committed with the actuals). Nothing is computed when no channel is set.
    /// </summary>
    public static async Task<int> QueueAsync(IpponDb db, Guid planId, Plan plan, IReadOnlyList<ActualRow> before, IReadOnlyList<Cell> changes, Caller caller, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        if (changes.Count == 0) return 0;
        var settings = await Outbox.SettingsAsync(db, ct);
        if (!Outbox.Configured(settings)) return 0;
        var after = before.ToDictionary(r => (r.Period, r.Metric));
        foreach (var c in changes)
        {
            if (c.New is { } v) after[(c.Period, c.Metric)] = new ActualRow(c.Period, c.Metric, v);
            else after.Remove((c.Period, c.Metric));
        }
        var reviewedBefore = ReviewPlan.Run(plan, before, null);
        var reviewedAfter = ReviewPlan.Run(plan, [.. after.Values], null);
        if (!reviewedAfter.Ok) return 0;
        var fallen = Fallen(reviewedBefore.Ok ? reviewedBefore.Value : null, reviewedAfter.Value);
        var queued = 0;
        var saveId = Guid.NewGuid().ToString("N");
        var link = $"{Outbox.BaseUrl(settings)}/plans/{planId}?tab=review";
        foreach (var fall in fallen)
        {
            var owner = fall.After.Metric.Metric.Owner?.Trim();
            var recipients = await Recipients.FindAsync(db, NotificationKinds.Alert, planners: true, owner is { Length: > 0 } ? [owner] : [], now, ct);
            var key = $"alert:{planId}:{fall.After.Id}:{saveId}";
            Notice Say(Language l) => Describe(plan, fall, reviewedAfter.Value, changes, caller.Name, link, l);
            queued += Outbox.Mail(db, settings, key, NotificationKinds.Alert, recipients, Say, now);
            queued += Outbox.Chat(db, settings, key, NotificationKinds.Alert, Say, now);
        }
        return queued;
    }

    /// <summary>The alert's words: the landing before → after against the target, the actuals that moved, the re-planned target, the KGI's landing.</summary>
    public static Notice Describe(Plan plan, Fall fall, ReviewResult review, IReadOnlyList<Cell> changes, string savedBy, string link, Language l)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fall);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(changes);
        var m = fall.After;
        var metric = m.Metric.Metric;
        string F(decimal? v, Unit unit) => Formatter.Format(v, unit, l);
        var ja = l == Language.Ja;
        var target = m.Metric.Target!.Value;
        var shortBy = Math.Abs(m.Forecast!.Value - target);
        var lines = new List<string>
        {
            ja
                ? $"{metric.Label} の着地見込み: {F(fall.Before?.Forecast, metric.Unit)} → {F(m.Forecast, metric.Unit)} (目標 {F(target, metric.Unit)}、{F(shortBy, metric.Unit)} 不足)"
                : $"{metric.Label} landing: {F(fall.Before?.Forecast, metric.Unit)} → {F(m.Forecast, metric.Unit)} (target {F(target, metric.Unit)}, short by {F(shortBy, metric.Unit)})",
        };
        foreach (var c in changes.Take(5))
        {
            var moved = plan.Find(c.Metric);
            var unit = moved?.Unit ?? metric.Unit;
            lines.Add(ja
                ? $"動いた実績: {c.Period} {moved?.Label ?? c.Metric} {F(c.Old, unit)} → {F(c.New, unit)} ({savedBy} さんが保存)"
                : $"What moved: {c.Period} {moved?.Label ?? c.Metric} {F(c.Old, unit)} → {F(c.New, unit)} (saved by {savedBy})");
        }
        if (changes.Count > 5) lines.Add(ja ? $"ほか {changes.Count - 5} 件" : $"and {changes.Count - 5} more");
        if (m.ReplannedTarget is { } replanned)
        {
            lines.Add(ja
                ? $"再計画: {metric.Label} は通期 {F(replanned, metric.Unit)} が必要 (残り {F(m.Remaining, metric.Unit)})"
                : $"Re-plan: {metric.Label} needs {F(replanned, metric.Unit)} over the horizon ({F(m.Remaining, metric.Unit)} still to go)");
        }
        if (review.Kgi is { } kgi && plan.Find(kgi.Metric) is { } kgiMetric)
        {
            lines.Add(ja
                ? $"KGI {kgiMetric.Label} の着地見込み: {F(kgi.Forecast, kgiMetric.Unit)} (目標 {F(kgi.Target, kgiMetric.Unit)})"
                : $"KGI {kgiMetric.Label} landing: {F(kgi.Forecast, kgiMetric.Unit)} (target {F(kgi.Target, kgiMetric.Unit)})");
        }
        var title = ja
            ? $"【Ippon】{plan.Title}: {metric.Label} の着地が目標を下回りました"
            : $"[Ippon] {plan.Title}: {metric.Label} is landing below its target";
        return new Notice(title, lines, link, ja ? "レビューを開く" : "Open the review");
    }
}
