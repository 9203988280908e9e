using System.Globalization;
using Cronos;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Storage.Notifications;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// When schedules fall: cron expressions by Cronos (time zones and daylight saving handled by it), and "the Nth
/// business day of the month at HH:mm" by <see cref="BusinessDays"/> (cron cannot say that).
/// </summary>
public static class Schedules
{
    /// <summary>The time zone of <paramref name="id"/> (IANA), or null when unknown.</summary>
    public static TimeZoneInfo? Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }

    /// <summary>A 5-field cron expression, or why it is not one as the error of <paramref name="field"/> (Cronos's own reason quoted).</summary>
    /// <param name="example">An expression to show in the message (<c>0 8 * * MON</c>), or null for none.</param>
    public static ParseResult<CronExpression> ParseCron(string? text, string field = "cron", string? example = null)
    {
        string? reason;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty";
        }
        else
        {
            try
            {
                return ParseResult<CronExpression>.Ok(CronExpression.Parse(text.Trim(), CronFormat.Standard));
            }
            catch (CronFormatException e)
            {
                reason = e.Message;
            }
        }
        var (ja, en) = example is null ? ("", "") : ($"、例: {example}", $", e.g. {example}");
        return ParseResult<CronExpression>.Fail(new FieldMessage(field, new Message(
            $"'{text}' は cron 式 (分 時 日 月 曜日{ja}) ではありません: {reason}",
            $"'{text}' is not a cron expression (minute hour day month weekday{en}): {reason}")));
    }

    /// <summary>HH:mm as a time of day.</summary>
    public static TimeOnly? ParseAt(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>The first occurrence of <paramref name="schedule"/> strictly after <paramref name="afterUtc"/>, in UTC; null when it has none.</summary>
    public static DateTime? Next(ReminderSchedule schedule, TimeZoneInfo zone, DateTime afterUtc)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        afterUtc = DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc);
        if (schedule.BusinessDay is { } n)
        {
            var at = ParseAt(schedule.At) ?? new TimeOnly(9, 0);
            var local = TimeZoneInfo.ConvertTimeFromUtc(afterUtc, zone);
            for (var i = 0; i < 24; i++)
            {
                var month = new DateOnly(local.Year, local.Month, 1).AddMonths(i);
                if (BusinessDays.Nth(month.Year, month.Month, n) is not { } day) continue;
                var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(at, DateTimeKind.Unspecified), zone);
                if (utc > afterUtc) return utc;
            }
            return null;
        }
        return ParseCron(schedule.Cron) is { Success: true } cron ? cron.Value.GetNextOccurrence(afterUtc, zone) : null;
    }

    /// <summary>
    /// The latest occurrence in (<paramref name="fromUtc"/>, <paramref name="nowUtc"/>]: the one to send now if it has
    /// not been sent (the ones before it were missed and are not sent late).
    /// </summary>
    public static DateTime? Due(ReminderSchedule schedule, TimeZoneInfo zone, DateTime fromUtc, DateTime nowUtc)
    {
        DateTime? due = null;
        for (var next = Next(schedule, zone, fromUtc); next is { } n && n <= nowUtc; next = Next(schedule, zone, n)) due = n;
        return due;
    }
}
