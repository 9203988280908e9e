using Ippon.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ippon.Web.Features.Live;

/// <summary>Live updates and presence: the bus for the database engine, the save watch and the presence tracker.</summary>
public static class LiveSetup
{
    /// <summary>Registers the bus (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL); returns the interceptors every database context needs.</summary>
    public static IInterceptor[] AddLive(this IServiceCollection services, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var saves = new LiveSaves();
        if (location.Engine == DatabaseEngine.Sqlite)
        {
            services.AddSingleton<ChangeBus>(sp => saves.Bus = new LocalChangeBus(sp.GetRequiredService<ILogger<LocalChangeBus>>()));
        }
        else
        {
            services.AddSingleton<ChangeBus>(sp => saves.Bus = new PostgresChangeBus(location.ConnectionString, sp.GetRequiredService<ILogger<PostgresChangeBus>>()));
            services.AddHostedService(sp => (PostgresChangeBus)sp.GetRequiredService<ChangeBus>());
        }
        services.AddSingleton<Presence>();
        services.AddHostedService(sp => sp.GetRequiredService<Presence>());
        return saves.Interceptors;
    }
}
