namespace Ippon.Web.Features.Notifications;

/// <summary>How the outbox worker and the scheduler pace themselves (configuration <c>Ippon:Notifications:*</c>; tests shorten them).</summary>
public sealed class NotificationOptions
{
    /// <summary>How often the worker looks for messages to send.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a worker holds the messages it claimed; a killed worker's messages are taken over after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many messages one claim takes (each sent one after the other, each within <see cref="SendTimeout"/>: the batch fits the lease).</summary>
    public int BatchSize { get; set; } = 10;

    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>After this many failed sends the message is given up (kept with its last error).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's wait; each further one doubles it (30 s, 1 min, 2 min … up to <see cref="MaxBackoff"/>).</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the scheduler checks the reminder and digest schedules.</summary>
    public TimeSpan SchedulerPoll { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An occurrence missed by more than this (the app was down) is skipped, not sent late.</summary>
    public TimeSpan LateLimit { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Turns the worker and the scheduler off (e.g. an instance that only serves pages).</summary>
    public bool Disabled { get; set; }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: <see cref="Backoff"/> × 2^(attempts−1), at most <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min((double)Backoff.Ticks * Math.Pow(2, exponent), MaxBackoff.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
