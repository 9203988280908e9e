using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>A plan's reminder schedule (admin): a cron expression, or the Nth business day of the month at a time; the answer shows the next occurrences.</summary>
public static class RemindersApi
{
    /// <param name="Cron">e.g. <c>0 9 * * MON</c> (every Monday 9:00 in the settings' time zone).</param>
    /// <param name="BusinessDay">e.g. 3: the 3rd business day of each month, at <paramref name="At"/>.</param>
    public sealed record Schedule(string? Cron, int? BusinessDay, string? At, bool Enabled = true);

    /// <summary>The schedule as stored, with its next three occurrences (local time of the settings' zone, ISO 8601 with offset).</summary>
    public sealed record View(string? Cron, int? BusinessDay, string At, bool Enabled, string TimeZone, List<string> Next);

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:guid}/reminders", async (Guid id, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.ReminderScheduleAsync(id, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .RequireAuthorization(Access.Admin).WithTags("Notifications").WithName("GetReminderSchedule").WithSummary("A plan's reminder schedule and its next occurrences (admin)");
        plans.MapPut("/{id:guid}/reminders", async (Guid id, Schedule body, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.SaveReminderScheduleAsync(id, body, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .RequireAuthorization(Access.Admin).WithTags("Notifications").WithName("SaveReminderSchedule").WithSummary("Set a plan's reminder schedule (admin): cron or business_day + at")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapDelete("/{id:guid}/reminders", async (Guid id, PlanStore store, CancellationToken ct) =>
            {
                await store.DeleteReminderScheduleAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Access.Admin).WithTags("Notifications").WithName("DeleteReminderSchedule").WithSummary("Remove a plan's reminder schedule (admin)");
    }

    public static View ViewOf(ReminderSchedule s, NotificationSettings settings, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(settings);
        var zone = Schedules.Zone(settings.TimeZone) ?? Schedules.Zone("Asia/Tokyo")!;
        var next = new List<string>();
        for (var at = Schedules.Next(s, zone, nowUtc); at is { } a && next.Count < 3; at = Schedules.Next(s, zone, a))
        {
            next.Add(new DateTimeOffset(a).ToOffset(zone.GetUtcOffset(a)).ToString("yyyy-MM-dd'T'HH:mmzzz", System.Globalization.CultureInfo.InvariantCulture));
        }
        return new View(s.Cron, s.BusinessDay, s.At, s.Enabled, zone.Id, next);
    }

    public static async Task<Outcome<View>> SaveAsync(IpponDb db, Guid id, Schedule body, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(time);
        if (!await db.LivePlans.AnyAsync(p => p.Id == id, ct)) return Failure.NotFound($"plan {id}");
        var errors = Check(body);
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        var row = await db.ReminderSchedules.FirstOrDefaultAsync(s => s.PlanId == id, ct);
        if (row is null)
        {
            row = new ReminderSchedule { PlanId = id };
            db.ReminderSchedules.Add(row);
        }
        row.Cron = string.IsNullOrWhiteSpace(body.Cron) ? null : body.Cron.Trim();
        row.BusinessDay = row.Cron is null ? body.BusinessDay : null;
        row.At = Schedules.ParseAt(body.At)?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "09:00";
        row.Enabled = body.Enabled;
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ViewOf(row, await Outbox.SettingsAsync(db, ct), row.UpdatedAt);
    }

    public static List<FieldError> Check(Schedule body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        var hasCron = !string.IsNullOrWhiteSpace(body.Cron);
        if (hasCron == body.BusinessDay is not null)
        {
            errors.Add(new("cron", new Message("cron (例: 0 9 * * MON) か business_day (例: 3 = 毎月第3営業日) のどちらか一方を指定してください",
                "give either cron (e.g. 0 9 * * MON) or business_day (e.g. 3 = the 3rd business day of each month), not both or neither")));
        }
        if (hasCron) errors.AddRange(Schedules.ParseCron(body.Cron).Errors.Select(FieldError.From));
        if (body.BusinessDay is { } n && n is < 1 or > 23)
            errors.Add(new("business_day", new Message($"営業日は 1〜23 です ({n})", $"the business day is 1–23, not {n}")));
        if (!string.IsNullOrWhiteSpace(body.At) && Schedules.ParseAt(body.At) is null)
            errors.Add(new("at", new Message($"時刻は HH:mm です (例: 09:00)。'{body.At}' は使えません", $"the time is HH:mm (e.g. 09:00), not '{body.At}'")));
        return errors;
    }
}
