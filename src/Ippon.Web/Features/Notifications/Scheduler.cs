using Ippon.Storage;
using Ippon.Storage.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// Sends the plans' reminders and the weekly digest when their schedules fall. Instances agree through the database:
/// an occurrence is handled by whoever inserts its row in <c>scheduled_occurrences</c> (primary key kind, plan,
/// occurrence) and that instance queues the messages in the same transaction, so two instances never queue the same
/// reminder (the other gets a key violation and moves on). An occurrence missed while every instance was down is
/// sent late only within <see cref="NotificationOptions.LateLimit"/>.
/// </summary>
public sealed class Scheduler(IDbContextFactory<IpponDb> factory, NotificationOptions options, TimeProvider time, ILogger<Scheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Disabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
                await Task.Delay(options.SchedulerPoll, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                NotificationLog.Unavailable(log, e, options.SchedulerPoll);
                try
                {
                    await Task.Delay(options.SchedulerPoll, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Handles every due occurrence not handled yet; returns how many messages this instance queued.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        NotificationSettings settings;
        List<(ReminderSchedule Schedule, Guid Plan)> reminders;
        List<Guid> plans;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            settings = await Outbox.SettingsAsync(db, ct);
            if (!Outbox.Configured(settings)) return 0;
            var live = db.LivePlans.Where(p => !p.Archived);
            reminders = [.. (await db.ReminderSchedules.AsNoTracking().Where(s => s.Enabled && live.Any(p => p.Id == s.PlanId)).ToListAsync(ct)).Select(s => (s, s.PlanId))];
            plans = string.IsNullOrWhiteSpace(settings.DigestCron) ? [] : await live.Select(p => p.Id).ToListAsync(ct);
        }
        var zone = Schedules.Zone(settings.TimeZone) ?? Schedules.Zone("Asia/Tokyo")!;
        var earliest = now - options.LateLimit;
        var queued = 0;
        foreach (var (schedule, plan) in reminders)
        {
            // A schedule saved just now does not fire for an occurrence earlier today.
            var from = schedule.UpdatedAt > earliest ? schedule.UpdatedAt : earliest;
            if (Schedules.Due(schedule, zone, from, now) is { } due)
                queued += await HandleAsync(NotificationKinds.Reminder, plan, due, (db, ct2) => Reminders.QueueAsync(db, settings, plan, due, zone, now, ct2), ct);
        }
        if (plans.Count > 0)
        {
            var digest = new ReminderSchedule { Cron = settings.DigestCron };
            var from = settings.UpdatedAt > earliest ? settings.UpdatedAt : earliest;
            if (Schedules.Due(digest, zone, from, now) is { } due)
            {
                foreach (var plan in plans)
                    queued += await HandleAsync(NotificationKinds.Digest, plan, due, (db, ct2) => Digest.QueueAsync(db, settings, plan, due, now, ct2), ct);
            }
        }
        return queued;
    }

    async Task<int> HandleAsync(string kind, Guid plan, DateTime occurrence, Func<IpponDb, CancellationToken, Task<int>> queue, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.ScheduledOccurrences.AnyAsync(o => o.Kind == kind && o.PlanId == plan && o.Occurrence == occurrence, ct))
        {
            NotificationLog.HandledElsewhere(log, kind, plan, occurrence);
            return 0;
        }
        var row = new ScheduledOccurrence { Kind = kind, PlanId = plan, Occurrence = occurrence, HandledBy = OutboxWorker.Instance, HandledAt = time.GetUtcNow().UtcDateTime };
        db.ScheduledOccurrences.Add(row);
        row.Queued = await queue(db, ct);
        try
        {
            await db.SaveChangesAsync(ct); // the occurrence's row and its messages: one transaction
            NotificationLog.Handled(log, kind, plan, occurrence, row.Queued);
            return row.Queued;
        }
        catch (DbUpdateException)
        {
            NotificationLog.HandledElsewhere(log, kind, plan, occurrence);
            return 0; // another instance handled this occurrence first (its row came in between)
        }
    }
}
