using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ippon.Storage;

/// <summary>Registers the database and brings its schema up to date.</summary>
public static class IpponStorage
{
    /// <summary>Registers <see cref="IDbContextFactory{IpponDb}"/> (singleton) and <see cref="IpponDb"/> (scoped) for <paramref name="location"/>.</summary>
    /// <param name="interceptors">EF Core interceptors every context gets (the web app's live-update feed watches saves this way).</param>
    public static IServiceCollection AddIpponStorage(this IServiceCollection services, DatabaseLocation location, params IInterceptor[] interceptors)
    {
        ArgumentNullException.ThrowIfNull(location);
        var factory = Factory(location, interceptors);
        services.AddSingleton(location);
        services.AddSingleton(factory);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<IpponDb>>().CreateDbContext());
        return services;
    }

    /// <summary>A factory of contexts for <paramref name="location"/>.</summary>
    public static IDbContextFactory<IpponDb> Factory(DatabaseLocation location, params IInterceptor[] interceptors)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Engine switch
        {
            DatabaseEngine.Sqlite => SqliteFactory(location, interceptors),
            _ => PostgresFactory(location, interceptors),
        };
    }

    static IpponDbFactory SqliteFactory(DatabaseLocation location, IInterceptor[] interceptors)
    {
        if (Path.GetDirectoryName(location.Display) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var options = SqliteIpponDb.Options(location.ConnectionString, interceptors);
        return new IpponDbFactory(() => new SqliteIpponDb(options));
    }

    static IpponDbFactory PostgresFactory(DatabaseLocation location, IInterceptor[] interceptors)
    {
        var options = PostgresIpponDb.Options(location.ConnectionString, interceptors);
        return new IpponDbFactory(() => new PostgresIpponDb(options));
    }

    /// <summary>Applies the pending migrations; returns true when the database was empty before (a first run).</summary>
    public static async Task<bool> MigrateAsync(IDbContextFactory<IpponDb> factory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.CreateDbContext();
        var firstRun = !(await db.Database.GetAppliedMigrationsAsync(ct)).Any();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging: readers never wait for a save, and a killed process loses no committed save.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        return firstRun;
    }
}
