using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Ippon.Testing;
using Microsoft.Playwright;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// Two real app processes (A and B) on one fresh PostgreSQL database, as behind a load balancer: what one instance
/// writes, the other must see, and what one instance limits, the other must count. Started one after the other (A
/// migrates the database and creates the admin; B finds both done). Nothing starts without IPPON_TEST_POSTGRES: the
/// tests using it are in <see cref="IPostgresTests"/> classes and skipped with the reason.
/// </summary>
/// <remarks>
/// Reusable: derive and override <see cref="Settings"/> to give both instances more environment (e.g. an SMTP server
/// for the reminders), use <see cref="Instances"/> to run a check on each, <see cref="WebServer.Kill"/> and <see cref="WebServer.StartAgainAsync"/> to crash one and bring it back.
/// </remarks>
public class TwoInstances : IAsyncLifetime
{
    string? _database;
    IPlaywright? _playwright;
    IBrowser? _browser;

    /// <summary>The connection string of the shared database (for checks made straight in the database).</summary>
    public string Database => _database ?? throw new InvalidOperationException(TestPostgres.SkipReason);

    public WebServer A { get; private set; } = null!;

    public WebServer B { get; private set; } = null!;

    public IReadOnlyList<WebServer> Instances => [A, B];

    /// <summary>An admin API client per instance (each created through its own instance's sign-in form).</summary>
    public HttpClient ApiA { get; private set; } = null!;

    public HttpClient ApiB { get; private set; } = null!;

    /// <summary>More environment for both instances; the sign-in limit stays the product's default (10 a minute).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public virtual async Task InitializeAsync()
    {
        if (TestPostgres.Server is null) return;
        _database = TestPostgres.CreateDatabase();
        A = await WebServer.StartAsync(_database, Settings);
        B = await WebServer.StartAsync(_database, Settings);
        ApiA = await A.AdminClientAsync();
        ApiB = await B.AdminClientAsync();
    }

    /// <summary>Headless Chromium, started on first use.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (_browser is not null) return _browser;
        _playwright = await Playwright.CreateAsync();
        return _browser = await BrowserFixture.LaunchAsync(_playwright);
    }

    /// <summary>A new browser page on <paramref name="server"/>, signed in there through the form as <paramref name="user"/>.</summary>
    public async Task<IPage> NewPageAsync(WebServer server, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(server);
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "ja-JP",
            BaseURL = server.BaseAddress.ToString(),
        });
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, user, password);
        return page;
    }

    /// <summary>Creates an account through <paramref name="api"/> and returns its name; the password is <paramref name="password"/>.</summary>
    public static async Task<string> CreateUserAsync(HttpClient api, string role, string? department, string password)
    {
        ArgumentNullException.ThrowIfNull(api);
        var name = $"{role}-{Guid.NewGuid():N}"[..16];
        using var created = await api.PostAsJsonAsync("/api/users", new { user_name = name, password, role, department });
        created.EnsureSuccessStatusCode();
        return name;
    }

    /// <summary>Creates a plan from a template through <paramref name="api"/>.</summary>
    public static async Task<Guid> CreatePlanAsync(HttpClient api, string template = "sales-100m")
    {
        ArgumentNullException.ThrowIfNull(api);
        using var response = await api.PostAsJsonAsync("/api/plans", new { template });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// An HTTP client whose connections come from <paramref name="source"/> (any 127.x.y.z address on Linux): to
    /// the servers it is another client address, with a sign-in limit of its own.
    /// </summary>
    public static HttpClient ClientFrom(IPAddress source, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler);
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        ApiA?.Dispose();
        ApiB?.Dispose();
        foreach (var server in new[] { A, B })
        {
            if (server is null) continue;
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, $"two-instances-{(server == A ? "a" : "b")}.log"), server.Log);
            await server.DisposeAsync();
        }
        if (_database is not null) TestPostgres.DropDatabase(_database);
    }
}
