namespace Ippon.Web.Features.Notifications;

/// <summary>What the outbox worker and the scheduler write to the log.</summary>
static partial class NotificationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The notifications could not be read; trying again in {Poll}")]
    public static partial void Unavailable(ILogger log, Exception error, TimeSpan poll);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Kind} by {Channel} to {Recipient} ({Key})")]
    public static partial void Sent(ILogger log, string kind, string channel, string recipient, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Kind} by {Channel} to {Recipient} failed (attempt {Attempts}), next at {Next:o}: {Error}")]
    public static partial void Failed(ILogger log, string kind, string channel, string recipient, int attempts, DateTime next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up {Kind} by {Channel} to {Recipient} after {Attempts} attempts: {Error}")]
    public static partial void GaveUp(ILogger log, string kind, string channel, string recipient, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} of plan {Plan} at {Occurrence:o}: queued {Count}")]
    public static partial void Handled(ILogger log, string kind, Guid plan, DateTime occurrence, int count);

    // Debug: logged at each check while the occurrence stays the latest due one (every SchedulerPoll).
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Kind} of plan {Plan} at {Occurrence:o}: already handled")]
    public static partial void HandledElsewhere(ILogger log, string kind, Guid plan, DateTime occurrence);
}
