using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Security;

/// <summary>
/// The test OpenID Connect provider and the real app process configured to use it (by environment, as a deployment
/// would): department editors of 営業部 by default.
/// </summary>
public sealed class OidcFixture : IAsyncLifetime, IDisposable
{
    readonly TempDir _dir = new();

    public TestOidcProvider Provider { get; private set; } = null!;

    public WebServer Server { get; private set; } = null!;

    /// <summary>The admin's API client (bearer token).</summary>
    public HttpClient Admin { get; private set; } = null!;

    public const string DefaultDepartment = "営業部";

    public async Task InitializeAsync()
    {
        Provider = await TestOidcProvider.StartAsync();
        Server = await WebServer.StartAsync(_dir.File("ippon.db"), new Dictionary<string, string?>
        {
            ["Ippon__Oidc__Authority"] = Provider.Issuer,
            ["Ippon__Oidc__ClientId"] = TestOidcProvider.ClientId,
            ["Ippon__Oidc__ClientSecret"] = TestOidcProvider.ClientSecret,
            ["Ippon__Oidc__DisplayName"] = "Test IdP",
            ["Ippon__Oidc__DefaultRole"] = "editor",
            ["Ippon__Oidc__DefaultDepartment"] = DefaultDepartment,
        });
        Admin = await Server.AdminClientAsync();
    }

    public void Dispose() => _dir.Dispose();

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (Server is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "oidc-server.log"), Server.Log);
            await Server.DisposeAsync();
        }
        if (Provider is not null) await Provider.DisposeAsync();
        _dir.Dispose();
    }
}
