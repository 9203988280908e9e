namespace Ippon.Storage.Notifications;

/// <summary>When a plan's department editors are asked to enter their actuals: a cron expression, or the Nth business day of the month at a time.</summary>
public sealed class ReminderSchedule
{
    public Guid PlanId { get; set; }

    /// <summary>A cron expression (minute hour day month weekday), e.g. <c>0 9 * * MON</c>; null when <see cref="BusinessDay"/> is used.</summary>
    public string? Cron { get; set; }

    /// <summary>The Nth business day of each month (1–23); null when <see cref="Cron"/> is used.</summary>
    public int? BusinessDay { get; set; }

    /// <summary>The time of day of a business-day schedule, HH:mm.</summary>
    public string At { get; set; } = "09:00";

    public bool Enabled { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}
