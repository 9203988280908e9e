using Ippon.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
    public string DatabaseSetting => Engine == Storage.DatabaseEngine.Postgres ? _postgres ??= TestPostgres.CreateDatabase() : _dir.File("ippon.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IPPON_DB", DatabaseSetting);
        builder.UseEnvironment("Production");
    }

    /// <summary>A client signed in with a new API token of <paramref name="role"/> (and <paramref name="department"/> for an editor).</summary>
    public HttpClient Client(Storage.Accounts.AccountRole role = Storage.Accounts.AccountRole.Admin, string? department = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token(role, department));
        return client;
    }

    /// <summary>The secret of a new API token of <paramref name="role"/>.</summary>
    public string Token(Storage.Accounts.AccountRole role, string? department = null)
    {
        _ = Server; // starts the app (migrations, first admin)
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Storage.IpponDb>();
        var admin = new Web.Features.Accounts.Caller("test-setup", Storage.Accounts.AccountRole.Admin, null);
        var name = $"{role.ToString().ToLowerInvariant()}{(department is null ? "" : "-" + department)}-{Guid.NewGuid():N}"[..20];
        var created = Web.Features.Accounts.ManageAccounts.CreateTokenAsync(db, new(name, role.ToString(), department), admin, TimeProvider.System, CancellationToken.None)
            .GetAwaiter().GetResult();
        return created.Value!.Secret!;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _dir.Dispose();
        if (_postgres is not null) TestPostgres.DropDatabase(_postgres);
    }
}
