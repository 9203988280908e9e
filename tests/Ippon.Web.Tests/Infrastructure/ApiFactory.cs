using Ippon.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in memory (the real HTTP pipeline, endpoints, JSON, problem details) on its own database: a
/// temporary SQLite file, or (<see cref="PostgresApi"/>) a fresh PostgreSQL database created when the app starts.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    readonly TempDir _dir = new();
    string? _postgres;

    public ApiFactory()
        : this(Storage.DatabaseEngine.Sqlite)
    {
    }

    protected ApiFactory(Storage.DatabaseEngine engine) => Engine = engine;

    public Storage.DatabaseEngine Engine { get; }

    /// <summary>The IPPON_DB setting the app runs with.</summary>
    public string DatabaseSetting => Engine == Storage.DatabaseEngine.Postgres ? _postgres ??= TestPostgres.CreateDatabase() : _dir.Database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IPPON_DB", DatabaseSetting);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _dir.Dispose();
        if (_postgres is not null) TestPostgres.DropDatabase(_postgres);
    }
}
