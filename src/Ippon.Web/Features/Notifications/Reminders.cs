using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Notifications;

/// <summary>A plan's reminder: each department's editors are asked to enter the actuals of the metrics their department owns, with a link to their cells in the actuals grid.</summary>
public static class Reminders
{
    /// <summary>Queues the reminder of <paramref name="occurrence"/> for plan <paramref name="planId"/> on <paramref name="db"/> (committed with the occurrence's row).</summary>
    public static async Task<int> QueueAsync(IpponDb db, NotificationSettings settings, Guid planId, DateTime occurrence, TimeZoneInfo zone, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);
        var loaded = await LoadPlan.Run(db, planId, null, ct);
        if (!loaded.Ok) return 0;
        var plan = loaded.Value.Plan;
        var rows = await StoredActuals.Read(db, planId, ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(occurrence, zone));
        var period = PeriodCalendar.For(plan)?.PeriodOf(today);
        var byDepartment = plan.Metrics
            .Where(m => m.Role != MetricRole.Kgi && m.Owner is { } o && !string.IsNullOrWhiteSpace(o))
            .GroupBy(m => m.Owner!.Trim(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var actuals = $"{Outbox.BaseUrl(settings)}/plans/{planId}?tab=actuals";
        var stamp = occurrence.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var queued = 0;
        var chatLines = new List<(string Department, Metric[] Metrics)>();
        foreach (var department in byDepartment)
        {
            var metrics = department.ToArray();
            chatLines.Add((department.Key, metrics));
            var recipients = await Recipients.FindAsync(db, NotificationKinds.Reminder, planners: false, [department.Key], now, ct);
            var link = CellsLink(actuals, metrics, period);
            queued += Outbox.Mail(db, settings, $"reminder:{planId}:{stamp}:{department.Key}", NotificationKinds.Reminder, recipients,
                l => Describe(plan, department.Key, metrics, period, rows, link, l), now);
        }
        if (chatLines.Count > 0)
        {
            queued += Outbox.Chat(db, settings, $"reminder:{planId}:{stamp}", NotificationKinds.Reminder, l =>
            {
                var lines = chatLines.Select(d => $"{d.Department}: {string.Join(l.T("、", ", "), d.Metrics.Select(m => Missing(m, period, rows) ? $"{m.Label} ({l.T("未入力", "missing")})" : m.Label))}").ToList();
                return new Notice(Title(plan, period, l), lines, actuals, l.T("実績を入力する", "Enter the actuals"));
            }, now);
        }
        return queued;
    }

    /// <summary>The actuals tab opened on the department's own cells: <c>?tab=actuals&amp;metric=leads,deals&amp;period=Q3</c> (the grid scrolls to them and focuses the first).</summary>
    public static string CellsLink(string actuals, IReadOnlyList<Metric> metrics, Period? period)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var link = $"{actuals}&metric={string.Join(",", metrics.Select(m => Uri.EscapeDataString(m.Id)))}";
        return period is null ? link : $"{link}&period={Uri.EscapeDataString(period.Label)}";
    }

    static bool Missing(Metric m, Period? period, List<ActualRow> rows) => period is not null && !rows.Any(r => r.Metric == m.Id && r.Period == period.Label && r.Value is not null);

    static string Title(Plan plan, Period? period, Language l) => l.T(
        $"【Ippon】{plan.Title}: {(period is null ? "" : period.Label + " の")}実績を入力してください",
        $"[Ippon] {plan.Title}: please enter the actuals{(period is null ? "" : " of " + period.Label)}");

    /// <summary>The reminder to one department: its metrics, which are still missing for the current period, and the link.</summary>
    public static Notice Describe(Plan plan, string department, IReadOnlyList<Metric> metrics, Period? period, List<ActualRow> rows, string link, Language l)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(metrics);
        var lines = new List<string>
        {
            l.T($"{department} が担当する指標の実績を入力してください。", $"Please enter the actuals of the metrics {department} owns."),
        };
        foreach (var m in metrics)
        {
            var last = rows.Where(r => r.Metric == m.Id && r.Value is not null).Select(r => r.Period).LastOrDefault();
            var state = Missing(m, period, rows)
                ? l.T($"{period!.Label} 未入力", $"{period!.Label} missing")
                : l.T($"最新の実績: {last ?? "なし"}", $"latest actual: {last ?? "none"}");
            lines.Add($"{m.Label} ({m.Id}): {state}");
        }
        return new Notice(Title(plan, period, l), lines, link, l.T("実績を入力する", "Enter the actuals"));
    }
}
