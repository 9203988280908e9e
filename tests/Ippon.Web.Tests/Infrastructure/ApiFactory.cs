using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The whole app in memory (the real HTTP pipeline, endpoints, JSON, problem details) on its own temporary SQLite file.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    readonly TempDir _dir = new();

    public string DatabasePath => _dir.Database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IPPON_DB", _dir.Database);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _dir.Dispose();
    }
}
