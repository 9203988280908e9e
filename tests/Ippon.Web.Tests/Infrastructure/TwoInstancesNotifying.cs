namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// <see cref="TwoInstances"/> whose outbox workers and schedulers run fast (<see cref="NotifyApi.FastWorker"/>: the
/// scheduler checks every 0.5 s, the worker every 0.1 s) and whose schedulers log each check of an occurrence another
/// instance handled (Debug), so that a test can wait until both instances have looked at an occurrence.
/// </summary>
public sealed class TwoInstancesNotifying : TwoInstances
{
    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = NotifyApi.FastWorker.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => (string?)s.Value);
            // Nothing is killed here: a lease far longer than any send, so that a slow send on a loaded machine is
            // not taken over by the other instance's worker (the kill test shortens it on purpose).
            settings["Ippon__Notifications__Lease"] = "00:01:00";
            settings["Logging__LogLevel__Default"] = "Warning";
            settings["Logging__LogLevel__Ippon.Web.Features.Notifications.Scheduler"] = "Debug";
            return settings;
        }
    }
}
