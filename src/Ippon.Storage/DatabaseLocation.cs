using Microsoft.Data.Sqlite;

namespace Ippon.Storage;

/// <summary>Where the data lives: the engine and its connection string, read from <c>IPPON_DB</c> or configuration.</summary>
/// <param name="Display">The location for people and logs (a file path, or the server without its password).</param>
public sealed record DatabaseLocation(DatabaseEngine Engine, string ConnectionString, string Display)
{
    /// <summary>The default database file, relative to the app's content root.</summary>
    public const string DefaultFile = "App_Data/ippon.db";

    /// <summary>
    /// Reads <paramref name="setting"/>: empty for <see cref="DefaultFile"/>; a file path (relative to
    /// <paramref name="contentRoot"/>) or a <c>Data Source=…</c> string for SQLite; <c>postgres://…</c> or
    /// <c>Host=…</c> for PostgreSQL.
    /// </summary>
    public static DatabaseLocation Resolve(string? setting, string contentRoot)
    {
        var s = setting?.Trim();
        if (string.IsNullOrEmpty(s)) s = DefaultFile;
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || s.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            var npgsql = PostgresUrl.Parse(s);
            return new DatabaseLocation(DatabaseEngine.Postgres, npgsql.ConnectionString,
                $"PostgreSQL {npgsql.Host}:{npgsql.Port}/{npgsql.Database ?? npgsql.Username}");
        }
        string path;
        if (s.Contains('=', StringComparison.Ordinal))
        {
            path = new SqliteConnectionStringBuilder(s).DataSource;
        }
        else
        {
            path = s;
        }
        if (path != ":memory:" && !Path.IsPathRooted(path)) path = Path.GetFullPath(Path.Combine(contentRoot, path));
        var builder = s.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(s) : new SqliteConnectionStringBuilder();
        builder.DataSource = path;
        builder.Pooling = true;
        return new DatabaseLocation(DatabaseEngine.Sqlite, builder.ToString(), path);
    }
}
