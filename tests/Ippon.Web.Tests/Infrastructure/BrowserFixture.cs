using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Files.Plans;
using Ippon.Plans;
using Ippon.Testing;
using Microsoft.Playwright;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>One running app and one headless Chromium for all browser tests (starting them takes seconds; each test opens its own page and plan).</summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Debian's chromium, which ./test.sh installs; Playwright's own browser download is not reachable here.</summary>
    public const string Chromium = "/usr/bin/chromium";

    readonly TempDir _dir = new();
    IPlaywright? _playwright;

    public WebServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {Chromium}: apt-get install -y chromium fonts-ipaexfont-gothic (./test.sh installs both).");
        }
        Server = await WebServer.StartAsync(_dir.File("ippon.db"));
        Api = await Server.AdminClientAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, the way every browser test runs it.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {Chromium}: apt-get install -y chromium fonts-ipaexfont-gothic (./test.sh installs both).");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A new page (its own cookies) at <paramref name="width"/>×<paramref name="height"/> in a browser set to <paramref name="locale"/>, waiting up to 15 s for what tests expect.</summary>
    public async Task<IPage> NewPageAsync(int width = 1920, int height = 1080, string locale = "ja-JP")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            BaseURL = Server.BaseAddress.ToString(),
            StorageState = await SignedInStateAsync(),
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        return page;
    }

    string? _signedIn;

    /// <summary>The cookies of the admin signed in through the form, once, for every page of the collection.</summary>
    async Task<string> SignedInStateAsync()
    {
        if (_signedIn is not null) return _signedIn;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        await SignInAsync(await context.NewPageAsync(), "admin", WebServer.AdminPassword);
        _signedIn = await context.StorageStateAsync();
        await context.CloseAsync();
        return _signedIn;
    }

    /// <summary>A new page signed in through the form as a new account of <paramref name="role"/> (and <paramref name="department"/> for an editor).</summary>
    public async Task<IPage> NewPageAsAsync(string role, string? department = null)
    {
        var name = $"{role}-{Guid.NewGuid():N}"[..16];
        const string password = "a long enough password";
        using (var created = await Api.PostAsJsonAsync("/api/users", new { user_name = name, password, role, department }))
            created.EnsureSuccessStatusCode();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            Locale = "ja-JP",
            BaseURL = Server.BaseAddress.ToString(),
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, name, password);
        Assertions.SetDefaultExpectTimeout(15_000);
        return page;
    }

    /// <summary>Signs in through the form on <paramref name="page"/> (its context keeps the cookie) and waits to leave /login.</summary>
    public static async Task SignInAsync(IPage page, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.FillAsync("[data-testid=login-user]", user);
        await page.FillAsync("[data-testid=login-password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Creates a plan from a template through the API and returns its id.</summary>
    public async Task<Guid> CreatePlanAsync(string template = "sales-100m")
    {
        using var response = await Api.PostAsJsonAsync("/api/plans", new { template });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<Created>();
        return created!.Id;
    }

    /// <summary>A colleague's save while the test's page is open: <paramref name="changes"/> to metric <paramref name="metric"/> of plan <paramref name="id"/>, through the API.</summary>
    public async Task ColleagueSavesAsync(Guid id, string metric, object changes)
    {
        using var response = await Api.PatchAsJsonAsync($"/api/plans/{id}/metrics/{metric}", changes);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The latest saved version of plan <paramref name="id"/>, read back as a plan file.</summary>
    public async Task<Plan> SavedPlanAsync(Guid id)
    {
        var yaml = (await Api.GetFromJsonAsync<JsonElement>($"/api/plans/{id}")).GetProperty("yaml").GetString()!;
        var read = PlanReader.Parse(yaml);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        return read.Plan!;
    }

    sealed record Created(Guid Id);

    public void Dispose() => _dir.Dispose();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Api?.Dispose();
        if (Server is not null)
        {
            // What the app printed, for a failing browser test's investigation.
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "browser-server.log"), Server.Log);
            await Server.DisposeAsync();
        }
        _dir.Dispose();
    }
}
