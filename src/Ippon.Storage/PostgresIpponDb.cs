using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ippon.Storage;

/// <summary><see cref="IpponDb"/> on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresIpponDb(DbContextOptions<PostgresIpponDb> options) : IpponDb(options)
{
    /// <summary>The options for a PostgreSQL database at <paramref name="connectionString"/> (an Npgsql connection string).</summary>
    public static DbContextOptions<PostgresIpponDb> Options(string connectionString, params IInterceptor[] interceptors) =>
        new DbContextOptionsBuilder<PostgresIpponDb>().UseNpgsql(connectionString).AddInterceptors(interceptors).Options;
}
