using Ippon.Files.Changes;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Review;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// When saved actuals or a saved plan move a KPI's landing below its target, its owner (the department's editors) and
/// the planners are told what moved, by how much, and the re-planned number. The landing and the re-plan are the review
/// engine's (<see cref="ReviewPlan"/>, the same numbers as the review tab and <c>ippon review</c>), before and after the save.
/// </summary>
public static class KpiAlerts
{
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
    /// Reviews the plan before and after <paramref name="changes"/> (saved actuals) and queues an alert per fallen
    /// KPI, on the caller's context (committed with the actuals). Nothing is computed when no channel is set.
    /// </summary>
    public static async Task<int> QueueAsync(IpponDb db, Guid planId, Plan plan, IReadOnlyList<ActualRow> before, IReadOnlyList<ActualChange> changes, Caller caller, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        if (changes.Count == 0) return 0;
        var settings = await Outbox.SettingsAsync(db, ct);
        if (!Outbox.Configured(settings)) return 0;
        var after = before.ToDictionary(r => (r.Period, r.Metric, r.Member));
        foreach (var c in changes)
        {
            if (c.New is { } v) after[(c.Period, c.Metric, c.Member)] = new ActualRow(c.Period, c.Metric, v, c.Member);
            else after.Remove((c.Period, c.Metric, c.Member));
        }
        return await QueueFallsAsync(db, settings, planId, (plan, before), (plan, [.. after.Values]), l => MovedActuals(plan, changes, caller.Name, l), now, ct);
    }

    /// <summary>
    /// Reviews the stored actuals against the plan before and after a plan save (<paramref name="from"/> →
    /// <paramref name="to"/>, new version <paramref name="version"/>) and queues an alert per KPI whose landing the
    /// save moved below its target (a lower rate raises the targets above, a new phasing moves the plan for the rest),
    /// on the caller's context: committed with the version, or not at all.
    /// </summary>
    /// <param name="inputs">The save's diff of <paramref name="from"/> and <paramref name="to"/> (<see cref="PlanDiff.Inputs"/>, made once per save).</param>
    public static async Task<int> QueuePlanAsync(IpponDb db, Guid planId, Plan from, Plan to, IReadOnlyList<Change> inputs, int version, Caller caller, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(caller);
        var settings = await Outbox.SettingsAsync(db, ct);
        if (!Outbox.Configured(settings)) return 0;
        var rows = await StoredActuals.Read(db, planId, ct);
        return await QueueFallsAsync(db, settings, planId, (from, rows), (to, rows), l => MovedPlan(inputs, version, caller.Name, l), now, ct);
    }

    /// <summary>The alerts of the KPIs that fell between <paramref name="before"/> and <paramref name="after"/> (and of the probabilities that fell below the plan's threshold), each saying <paramref name="moved"/>.</summary>
    static async Task<int> QueueFallsAsync(IpponDb db, NotificationSettings settings, Guid planId,
        (Plan Plan, IReadOnlyList<ActualRow> Rows) before, (Plan Plan, IReadOnlyList<ActualRow> Rows) after,
        Func<Language, List<string>> moved, DateTime now, CancellationToken ct)
    {
        var reviewedBefore = ReviewPlan.Run(before.Plan, before.Rows, null);
        var reviewedAfter = ReviewPlan.Run(after.Plan, after.Rows, null);
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
            Notice Say(Language l) => Describe(after.Plan, fall, reviewedAfter.Value, moved(l), link, l);
            queued += Outbox.Mail(db, settings, key, NotificationKinds.Alert, recipients, Say, now);
            queued += Outbox.Chat(db, settings, key, NotificationKinds.Alert, Say, now);
        }
        // And the probabilities (when the plan has a threshold): the same save, the same "what moved".
        queued += await ProbabilityAlerts.QueueAsync(db, settings, planId, before, after, moved, saveId, now, ct);
        return queued;
    }

    /// <summary>The lines "what moved" of an actuals save: each changed cell (at most five).</summary>
    public static List<string> MovedActuals(Plan plan, IReadOnlyList<ActualChange> changes, string savedBy, Language l)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        var lines = new List<string>();
        foreach (var c in changes.Take(5))
        {
            var moved = plan.Find(c.Metric);
            var unit = moved?.Unit ?? Unit.Number;
            var name = (moved?.Label ?? c.Metric) + (c.Member is null ? "" : $" ({c.Member})");
            lines.Add(l.T(
                $"動いた実績: {c.Period} {name} {Formatter.Format(c.Old, unit, l)} → {Formatter.Format(c.New, unit, l)} ({savedBy} さんが保存)",
                $"What moved: {c.Period} {name} {Formatter.Format(c.Old, unit, l)} → {Formatter.Format(c.New, unit, l)} (saved by {savedBy})"));
        }
        if (changes.Count > 5) lines.Add(l.T($"ほか {changes.Count - 5} 件", $"and {changes.Count - 5} more"));
        return lines;
    }

    /// <summary>The lines "what moved" of a plan save: each edited input (at most five), as the version history words them.</summary>
    public static List<string> MovedPlan(IReadOnlyList<Change> inputs, int version, string savedBy, Language l)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var lines = new List<string>();
        foreach (var c in inputs.Take(5))
        {
            var field = Field(c.Field, l);
            lines.Add(l.T(
                $"動いた計画: {c.Label} {field}{c.From ?? "—"} → {c.To ?? "—"} ({savedBy} さんが v{version} を保存)",
                $"What moved: {c.Label} {field}{c.From ?? "—"} → {c.To ?? "—"} (v{version} saved by {savedBy})"));
        }
        if (inputs.Count > 5) lines.Add(l.T($"ほか {inputs.Count - 5} 件", $"and {inputs.Count - 5} more"));
        if (inputs.Count == 0) lines.Add(l.T($"{savedBy} さんが v{version} を保存", $"v{version} saved by {savedBy}"));
        return lines;
    }

    static string Field(string field, Language l) => field switch
    {
        "value" => "",
        "target" => l.T("目標 ", "target "),
        "formula" => l.T("式 ", "formula "),
        "added" => l.T("追加 ", "added "),
        "removed" => l.T("削除 ", "removed "),
        _ => field + " ",
    };

    /// <summary>The alert's words: the landing before → after against the target, what moved (<paramref name="moved"/>), the re-planned target, the KGI's landing.</summary>
    public static Notice Describe(Plan plan, Fall fall, ReviewResult review, IReadOnlyList<string> moved, string link, Language l)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fall);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(moved);
        var m = fall.After;
        var metric = m.Metric.Metric;
        string F(decimal? v, Unit unit) => Formatter.Format(v, unit, l);
        var target = m.Metric.Target!.Value;
        var shortBy = Math.Abs(m.Forecast!.Value - target);
        // A plan save can move the target too: then both are shown.
        var targets = fall.Before?.Metric.Target is { } was && was != target ? $"{F(was, metric.Unit)} → {F(target, metric.Unit)}" : F(target, metric.Unit);
        var lines = new List<string>
        {
            l.T(
                $"{metric.Label} の着地見込み: {F(fall.Before?.Forecast, metric.Unit)} → {F(m.Forecast, metric.Unit)} (目標 {targets}、{F(shortBy, metric.Unit)} 不足)",
                $"{metric.Label} landing: {F(fall.Before?.Forecast, metric.Unit)} → {F(m.Forecast, metric.Unit)} (target {targets}, short by {F(shortBy, metric.Unit)})"),
        };
        lines.AddRange(moved);
        if (m.ReplannedTarget is { } replanned)
        {
            lines.Add(l.T(
                $"再計画: {metric.Label} は通期 {F(replanned, metric.Unit)} が必要 (残り {F(m.Remaining, metric.Unit)})",
                $"Re-plan: {metric.Label} needs {F(replanned, metric.Unit)} over the horizon ({F(m.Remaining, metric.Unit)} still to go)"));
        }
        if (review.Kgi is { } kgi && plan.Find(kgi.Metric) is { } kgiMetric)
        {
            lines.Add(l.T(
                $"KGI {kgiMetric.Label} の着地見込み: {F(kgi.Forecast, kgiMetric.Unit)} (目標 {F(kgi.Target, kgiMetric.Unit)})",
                $"KGI {kgiMetric.Label} landing: {F(kgi.Forecast, kgiMetric.Unit)} (target {F(kgi.Target, kgiMetric.Unit)})"));
        }
        var title = l.T(
            $"【Ippon】{plan.Title}: {metric.Label} の着地が目標を下回りました",
            $"[Ippon] {plan.Title}: {metric.Label} is landing below its target");
        return new Notice(title, lines, link, l.T("レビューを開く", "Open the review"));
    }
}
