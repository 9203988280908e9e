namespace Ippon.Web.Features.Live;

/// <summary>What live updates write to the log.</summary>
static partial class LiveLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "live updates: a handler failed for {Kind} of plan {Plan}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string kind, Guid plan);

    [LoggerMessage(Level = LogLevel.Debug, Message = "live updates: plan {Plan} not shown on a page (its circuit is gone)")]
    public static partial void PageGone(ILogger logger, Exception exception, Guid plan);

    [LoggerMessage(Level = LogLevel.Warning, Message = "live updates: the LISTEN connection failed; reconnecting in 1 s")]
    public static partial void ListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "presence: could not tell the other instances")]
    public static partial void PresenceFailed(ILogger logger, Exception exception);
}
