using Ippon.Forecast;
using Ippon.Forecast.Reporting;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// When a save lowers the KGI's or a KPI's probability of reaching its target (the probabilistic forecast, the same
/// as <c>ippon forecast</c> and the review tab's forecast) below the plan's threshold (<see cref="PlanAlertSettings"/>),
/// its owner and the planners are told what moved and by how much. Only a crossing is news: a save that keeps it below
/// sends nothing. Both forecasts use the same seed and trials, so an unchanged input gives an unchanged probability.
/// </summary>
public static class ProbabilityAlerts
{
    /// <summary>One metric whose probability fell below the threshold: before (null: none) and after.</summary>
    public sealed record Drop(MetricForecast? Before, MetricForecast After);

    /// <summary>The trials of each forecast: ±0.5% at worst (the CLI's default), at a few tens of milliseconds a run.</summary>
    public const int Trials = 10_000;

    static readonly ForecastOptions s_options = new() { Trials = Trials, Seed = 1, Confidence = null, Contributions = false, Parallelism = 1 };

    /// <summary>The KGI and the KPIs with a probability below <paramref name="threshold"/> after, and not before.</summary>
    public static List<Drop> Dropped(ForecastResult? before, ForecastResult after, double threshold)
    {
        ArgumentNullException.ThrowIfNull(after);
        var result = new List<Drop>();
        foreach (var m in after.Metrics)
        {
            if (m.Metric.Metric.Role is not (MetricRole.Kgi or MetricRole.Kpi) || m.Probability is not { } p || p >= threshold) continue;
            var was = before?.Metric(m.Id);
            if (was?.Probability is { } w && w < threshold) continue;
            result.Add(new Drop(was, m));
        }
        return result;
    }

    /// <summary>
    /// Forecasts the plan before and after a save and queues an alert per metric whose probability fell below the
    /// plan's threshold, on the caller's context (committed with the save). Nothing is computed without a threshold.
    /// </summary>
    public static async Task<int> QueueAsync(IpponDb db, NotificationSettings settings, Guid planId,
        (Plan Plan, IReadOnlyList<ActualRow> Rows) before, (Plan Plan, IReadOnlyList<ActualRow> Rows) after,
        Func<Language, List<string>> moved, string saveId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(moved);
        var threshold = await db.PlanAlertSettings.AsNoTracking().Where(a => a.PlanId == planId).Select(a => a.ProbabilityBelow).FirstOrDefaultAsync(ct);
        if (threshold is not { } below) return 0;
        var forecastAfter = ForecastPlan.Run(after.Plan, after.Rows, null, s_options);
        if (!forecastAfter.Ok) return 0;
        var forecastBefore = ForecastPlan.Run(before.Plan, before.Rows, null, s_options);
        var drops = Dropped(forecastBefore.Ok ? forecastBefore.Value : null, forecastAfter.Value, (double)below);
        var queued = 0;
        var link = $"{Outbox.BaseUrl(settings)}/plans/{planId}?tab=review";
        foreach (var drop in drops)
        {
            var owner = drop.After.Metric.Metric.Owner?.Trim();
            var recipients = await Recipients.FindAsync(db, NotificationKinds.Alert, planners: true, owner is { Length: > 0 } ? [owner] : [], now, ct);
            var key = $"chance:{planId}:{drop.After.Id}:{saveId}";
            Notice Say(Language l) => Describe(after.Plan, drop, below, moved(l), link, l);
            queued += Outbox.Mail(db, settings, key, NotificationKinds.Alert, recipients, Say, now);
            queued += Outbox.Chat(db, settings, key, NotificationKinds.Alert, Say, now);
        }
        return queued;
    }

    /// <summary>The alert's words: the probability before → after against the threshold and by how many points it fell, the median landing, what moved.</summary>
    public static Notice Describe(Plan plan, Drop drop, decimal threshold, IReadOnlyList<string> moved, string link, Language l)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(drop);
        ArgumentNullException.ThrowIfNull(moved);
        var m = drop.After;
        var metric = m.Metric.Metric;
        var after = m.Probability!.Value;
        var before = drop.Before?.Probability;
        var was = before is { } b ? ForecastFormat.Probability(b) : "—";
        // The points between the two figures as shown (48.9% → 18.7%: 30.2), not between the unrounded probabilities.
        static double Shown(double p) => Math.Round(p * 100, 1, MidpointRounding.AwayFromZero);
        var points = before is { } b2 ? (Shown(b2) - Shown(after)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : null;
        var limit = ForecastFormat.Level((double)threshold);
        var kind = metric.Role == MetricRole.Kgi ? "KGI " : "";
        var lines = new List<string>
        {
            l.T(
                $"{kind}{metric.Label} の目標達成確率: {was} → {ForecastFormat.Probability(after)} (しきい値 {limit}{(points is null ? "" : $"、{points} ポイント低下")})",
                $"{kind}{metric.Label}'s chance of reaching its target: {was} → {ForecastFormat.Probability(after)} (threshold {limit}{(points is null ? "" : $", down {points} points")})"),
        };
        var target = m.Target is { } t ? Formatter.Format(t, metric.Unit, l) : "—";
        var medianBefore = drop.Before is { } d ? ForecastFormat.Value(d.Landing.P50, metric.Unit, l) : "—";
        lines.Add(l.T(
            $"着地の中央値 (P50): {medianBefore} → {ForecastFormat.Value(m.Landing.P50, metric.Unit, l)} (目標 {target})",
            $"Median landing (P50): {medianBefore} → {ForecastFormat.Value(m.Landing.P50, metric.Unit, l)} (target {target})"));
        lines.AddRange(moved);
        var title = l.T(
            $"【Ippon】{plan.Title}: {metric.Label} の目標達成確率が {limit} を下回りました",
            $"[Ippon] {plan.Title}: {metric.Label}'s chance of reaching its target fell below {limit}");
        return new Notice(title, lines, link, l.T("レビューを開く", "Open the review"));
    }
}
