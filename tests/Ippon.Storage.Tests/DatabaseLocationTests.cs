namespace Ippon.Storage.Tests;

/// <summary>IPPON_DB: empty for App_Data/ippon.db, a path or a Data Source string for SQLite, a postgres:// URL for PostgreSQL.</summary>
public sealed class DatabaseLocationTests
{
    static readonly string s_root = Path.Combine(Path.GetTempPath(), "ippon-root");

    [Theory]
    [InlineData(null, "App_Data/ippon.db")]
    [InlineData("", "App_Data/ippon.db")]
    [InlineData("data/plans.db", "data/plans.db")]
    [InlineData("Data Source=x.db", "x.db")]
    public void Resolve_Sqlite_IsAFileUnderTheContentRoot(string? setting, string relative)
    {
        var location = DatabaseLocation.Resolve(setting, s_root);
        Assert.Equal(DatabaseEngine.Sqlite, location.Engine);
        Assert.Equal(Path.GetFullPath(Path.Combine(s_root, relative)), location.Display);
        Assert.Contains(location.Display, location.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AbsolutePath_StaysAsItIs()
    {
        var path = Path.Combine(Path.GetTempPath(), "elsewhere", "ippon.db");
        Assert.Equal(path, DatabaseLocation.Resolve(path, s_root).Display);
    }

    [Theory]
    [InlineData("postgres://ippon:secret@db/ippon")]
    [InlineData("Host=127.0.0.1;Port=5432;Username=postgres")]
    public void Resolve_PostgresSetting_IsPostgresWithoutThePasswordOnDisplay(string setting)
    {
        var location = DatabaseLocation.Resolve(setting, s_root);
        Assert.Equal(DatabaseEngine.Postgres, location.Engine);
        Assert.DoesNotContain("secret", location.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PostgresUrl_BecomesAnNpgsqlConnectionString()
    {
        var location = DatabaseLocation.Resolve("postgres://ippon:p%40ss@db.example:6543/plans?sslmode=require", s_root);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.example", 6543, "ippon", "p@ss", "plans", Npgsql.SslMode.Require),
            (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode));
        Assert.Equal("PostgreSQL db.example:6543/plans", location.Display);
    }
}
