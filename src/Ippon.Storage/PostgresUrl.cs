using Npgsql;

namespace Ippon.Storage;

/// <summary>Reads <c>postgres://user:pass@host:port/db?sslmode=require</c> (the form hosting services hand out) as an Npgsql connection string.</summary>
public static class PostgresUrl
{
    /// <summary>An Npgsql connection string for <paramref name="setting"/>: a URL is converted, a <c>Host=…</c> string is kept.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (!setting.Contains("://", StringComparison.Ordinal)) return new NpgsqlConnectionStringBuilder(setting);
        var uri = new Uri(setting);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0) builder.Database = Uri.UnescapeDataString(database);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder;
    }
}
