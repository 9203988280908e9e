using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ippon.Storage;

/// <summary>Registers the database and brings its schema up to date.</summary>
public static class IpponStorage
{
    /// <summary>Registers <see cref="IDbContextFactory{IpponDb}"/> (singleton) and <see cref="IpponDb"/> (scoped) for <paramref name="location"/>.</summary>
    public static IServiceCollection AddIpponStorage(this IServiceCollection services, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var factory = Factory(location);
        services.AddSingleton(location);
        services.AddSingleton(factory);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<IpponDb>>().CreateDbContext());
        return services;
    }

    /// <summary>A factory of contexts for <paramref name="location"/>.</summary>
    public static IDbContextFactory<IpponDb> Factory(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Engine switch
        {
            DatabaseEngine.Sqlite => SqliteFactory(location),
            _ => PostgresFactory(location),
        };
    }

    static IpponDbFactory SqliteFactory(DatabaseLocation location)
    {
        if (Path.GetDirectoryName(location.Display) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var options = SqliteIpponDb.Options(location.ConnectionString);
        return new IpponDbFactory(() => new SqliteIpponDb(options));
    }

    static IpponDbFactory PostgresFactory(DatabaseLocation location)
    {
        var options = PostgresIpponDb.Options(location.ConnectionString);
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
