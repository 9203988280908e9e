using Microsoft.AspNetCore.Hosting;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The app in memory with a fast outbox worker (polls every 100 ms, retries after 300 ms, 600 ms, …) so that the notification tests wait little.</summary>
public class NotifyApi : ApiFactory
{
    public NotifyApi()
    {
    }

    protected NotifyApi(Storage.DatabaseEngine engine)
        : base(engine)
    {
    }

    /// <summary>The settings the fast worker runs with (also given to the real process in the crash test).</summary>
    public static readonly IReadOnlyDictionary<string, string> FastWorker = new Dictionary<string, string>
    {
        ["Ippon:Notifications:Poll"] = "00:00:00.100",
        ["Ippon:Notifications:Backoff"] = "00:00:00.300",
        ["Ippon:Notifications:MaxAttempts"] = "4",
        ["Ippon:Notifications:Lease"] = "00:00:03",
        ["Ippon:Notifications:BatchSize"] = "5",
        ["Ippon:Notifications:SchedulerPoll"] = "00:00:00.500",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in FastWorker) builder.UseSetting(key, value);
    }
}

/// <summary><see cref="NotifyApi"/> on a fresh PostgreSQL database.</summary>
public sealed class PostgresNotifyApi() : NotifyApi(Storage.DatabaseEngine.Postgres);
