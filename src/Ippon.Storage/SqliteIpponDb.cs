using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ippon.Storage;

/// <summary><see cref="IpponDb"/> on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteIpponDb(DbContextOptions<SqliteIpponDb> options) : IpponDb(options)
{
    /// <summary>The options for a SQLite database at <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<SqliteIpponDb> Options(string connectionString, params IInterceptor[] interceptors) =>
        new DbContextOptionsBuilder<SqliteIpponDb>().UseSqlite(connectionString).AddInterceptors(interceptors).Options;
}
