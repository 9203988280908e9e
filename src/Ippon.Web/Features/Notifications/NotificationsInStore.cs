using System.Linq.Expressions;
using Ippon.Storage.Accounts;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// The plan store's part for notifications: the server's settings and outbox, each plan's reminder schedule and alert
/// threshold, each account's preferences and the unsubscribe link's effect. Declared here, beside the functions it
/// calls, so that the store names no slice; the endpoints and the two notification pages call it on the one store and
/// open no context themselves.
/// </summary>
public static class NotificationsInStore
{
    // The server's settings and outbox (admin).

    /// <summary>The notification settings as stored (defaults when none were saved).</summary>
    public static Task<NotificationSettings> NotificationSettingsAsync(this PlanStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => Outbox.SettingsAsync(db, ct), ct);
    }

    public static Task<Outcome<NotificationSettingsApi.View>> SaveNotificationSettingsAsync(this PlanStore store, NotificationSettingsApi.Change change, SmtpSecrets secrets, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => NotificationSettingsApi.SaveAsync(db, change, secrets, store.Time, ct), ct);
    }

    /// <summary>The latest <paramref name="limit"/> notifications queued, newest first.</summary>
    public static Task<List<OutboxMessage>> OutboxAsync(this PlanStore store, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(limit).ToListAsync(ct), ct);
    }

    // Each plan's reminder schedule and alert threshold (admin).

    /// <summary>Every live plan that is not archived, by title, with its reminder schedule and probability threshold.</summary>
    public static Task<List<PlanNotifications>> PlanNotificationsAsync(this PlanStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(async db =>
        {
            var schedules = await db.ReminderSchedules.AsNoTracking().ToDictionaryAsync(s => s.PlanId, ct);
            var thresholds = await db.PlanAlertSettings.AsNoTracking().Where(a => a.ProbabilityBelow != null).ToDictionaryAsync(a => a.PlanId, a => a.ProbabilityBelow, ct);
            var plans = await db.LivePlans.AsNoTracking().Where(p => !p.Archived).OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
            return plans.Select(p => new PlanNotifications(p.Id, p.Title, schedules.GetValueOrDefault(p.Id), thresholds.GetValueOrDefault(p.Id))).ToList();
        }, ct);
    }

    /// <summary>The plan's reminder schedule with its next occurrences; not found when it has none.</summary>
    public static Task<Outcome<RemindersApi.View>> ReminderScheduleAsync(this PlanStore store, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync<Outcome<RemindersApi.View>>(async db =>
            await db.ReminderSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.PlanId == id, ct) is { } s
                ? RemindersApi.ViewOf(s, await Outbox.SettingsAsync(db, ct), store.Time.GetUtcNow().UtcDateTime)
                : Failure.NotFound($"reminder schedule of plan {id}"), ct);
    }

    public static Task<Outcome<RemindersApi.View>> SaveReminderScheduleAsync(this PlanStore store, Guid id, RemindersApi.Schedule schedule, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => RemindersApi.SaveAsync(db, id, schedule, store.Time, ct), ct);
    }

    public static Task<int> DeleteReminderScheduleAsync(this PlanStore store, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => db.ReminderSchedules.Where(s => s.PlanId == id).ExecuteDeleteAsync(ct), ct);
    }

    public static Task<Outcome<PlanAlertsApi.View>> PlanAlertsAsync(this PlanStore store, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => PlanAlertsApi.GetAsync(db, id, ct), ct);
    }

    public static Task<Outcome<PlanAlertsApi.View>> SavePlanAlertsAsync(this PlanStore store, Guid id, PlanAlertsApi.Settings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => PlanAlertsApi.SaveAsync(db, id, settings, store.Time, ct), ct);
    }

    // Each account's preferences.

    /// <summary>The preferences of the account <paramref name="account"/> picks (<c>u =&gt; u.UserName == name</c>); null when there is no such account.</summary>
    public static Task<PreferencesApi.Preferences?> PreferencesAsync(this PlanStore store, Expression<Func<IpponUser, bool>> account, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(async db =>
            await db.Users.AsNoTracking().FirstOrDefaultAsync(account, ct) is { } user ? await PreferencesApi.ReadAsync(db, user, ct) : null, ct);
    }

    /// <summary>Saves the preferences of the account <paramref name="account"/> picks; null when there is no such account.</summary>
    public static Task<Outcome<PreferencesApi.Preferences>?> SavePreferencesAsync(this PlanStore store, Expression<Func<IpponUser, bool>> account, PreferencesApi.Preferences preferences, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync<Outcome<PreferencesApi.Preferences>?>(async db =>
            await db.Users.FirstOrDefaultAsync(account, ct) is { } user ? await PreferencesApi.SaveAsync(db, user, preferences, store.Time, ct) : null, ct);
    }

    /// <summary>Stops one kind of notification for the account (the signed unsubscribe link); false when there is no such account.</summary>
    public static Task<bool> UnsubscribeAsync(this PlanStore store, string userId, string kind, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WithContextAsync(db => PreferencesApi.UnsubscribeAsync(db, userId, kind, store.Time, ct), ct);
    }
}
