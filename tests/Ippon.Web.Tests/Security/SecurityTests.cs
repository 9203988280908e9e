using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ippon.Files.Plans;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Tests.Security;

/// <summary>
/// What docs/security.md promises: escaping, CSRF, SQL-significant text kept verbatim, sign-in limits, cookie flags,
/// headers, password hashing, tokens. On SQLite and, when IPPON_TEST_POSTGRES is set, on PostgreSQL (the lockout,
/// the hashes and the tokens live in the database).
/// </summary>
public abstract class SecurityTests(ApiFactory factory)
{
    const string Script = "<script>alert('x')</script>";
    const string Sql = "Robert'); DROP TABLE plans;-- \"quoted\" ' OR '1'='1";

    readonly HttpClient _http = factory.Client();

    static string Hostile(string title, string metricName) => Templates.Text("sales-100m")!
        .Replace("plan: ", $"plan: {PlanWriter.Quote(title)} #", StringComparison.Ordinal)
        .Replace("name: 商談数", $"name: {PlanWriter.Quote(metricName)}", StringComparison.Ordinal);

    [DbFact]
    public async Task SqlSignificantText_IsStoredAndReturnedVerbatim()
    {
        using var created = await _http.PostAsJsonAsync("/api/plans", new { yaml = Hostile(Sql, Sql) });
        created.EnsureSuccessStatusCode();
        var plan = (await created.Content.ReadFromJsonAsync<PlanSummary>(ApiJson.Options))!;
        Assert.Equal(Sql, plan.Title);
        var read = PlanReader.Parse((await _http.DetailAsync(plan.Id)).Yaml).Plan!;
        Assert.Equal((Sql, Sql), (read.Title, read.Find("deals")!.Name));
        await _http.PatchMetricAsync(plan.Id, "leads", new { owner = Sql });
        var audit = await _http.GetFromJsonAsync<List<Ippon.Web.Features.Store.AuditRow>>($"/api/audit?plan={plan.Id}&subject=leads", ApiJson.Options);
        Assert.Equal(Sql, Assert.Single(audit!).To);
        Assert.Contains(await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans", ApiJson.Options) ?? [], p => p.Title == Sql);
    }

    [DbFact]
    public async Task UserText_InTheApprovalDocumentAndTheSignInForm_IsEscaped()
    {
        using var created = await _http.PostAsJsonAsync("/api/plans", new { yaml = Hostile(Script, "<img src=x onerror=alert(1)>") });
        var plan = (await created.Content.ReadFromJsonAsync<PlanSummary>(ApiJson.Options))!;
        var html = await _http.GetStringAsync($"/api/plans/{plan.Id}/export?format=html");
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        using var anonymous = factory.CreateClient();
        var login = await anonymous.GetStringAsync("/login?returnUrl=" + Uri.EscapeDataString("/\"><script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)</script>", login, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task AuditCsv_CellsThatASpreadsheetWouldRun_AreDefused()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "leads", new { owner = "=HYPERLINK(\"http://evil\",\"x\")" });
        var csv = await _http.GetStringAsync($"/api/audit?plan={plan.Id}&subject=leads&format=csv");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", csv, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Forms_WithoutTheAntiforgeryToken_AreRefused()
    {
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await anonymous.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [DbFact]
    public async Task CookieSession_FormPostToTheApi_NeedsTheTokenButJsonDoesNot()
    {
        var (client, _) = await SignedInAsync(AccountRole.Planner);
        var plan = await _http.CreateFromTemplateAsync();
        using var form = await client.PostAsync($"/api/plans/{plan.Id}/archive", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.False((await _http.DetailAsync(plan.Id)).Plan.Archived);
        using var json = await client.PostAsync($"/api/plans/{plan.Id}/archive", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }

    [DbFact]
    public async Task SignIn_OverHttps_SetsASecureHttpOnlySameSiteCookie()
    {
        var (_, cookies) = await SignedInAsync(AccountRole.Viewer, https: true);
        var auth = Assert.Single(cookies, c => c.StartsWith("ippon-auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", auth, StringComparison.Ordinal);
        Assert.Contains("; httponly", auth, StringComparison.Ordinal);
        Assert.Contains("; samesite=lax", auth, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Responses_CarryTheContentSecurityPolicyAndFriends()
    {
        using var anonymous = factory.CreateClient();
        using var page = await anonymous.GetAsync("/login");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        using var api = await _http.GetAsync("/api/plans");
        Assert.True(api.Headers.Contains("Content-Security-Policy"));
    }

    [DbFact]
    public async Task Passwords_AreHashedWithPbkdf2At210000Iterations()
    {
        await SignedInAsync(AccountRole.Viewer);
        using var scope = factory.Services.CreateScope();
        var hash = Convert.FromBase64String((await scope.ServiceProvider.GetRequiredService<IpponDb>().Users.FirstAsync(u => u.PasswordHash != null)).PasswordHash!);
        Assert.Equal(0x01, hash[0]); // Identity v3: PBKDF2
        Assert.Equal(210_000, (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8]);
    }

    [DbFact]
    public async Task Tokens_AreStoredHashedAndStopAtOnceWhenRevoked()
    {
        using var created = await _http.PostAsJsonAsync("/api/tokens", new { name = "crm", role = "editor", department = "営業部" });
        var body = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;
        using (var scope = factory.Services.CreateScope())
        {
            Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<IpponDb>().ApiTokens.Select(t => t.Hash).ToListAsync(), h => h.Contains(secret[6..20], StringComparison.Ordinal));
        }
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        (await _http.DeleteAsync($"/api/tokens/{body.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [DbFact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        var name = await CreateUserAsync(AccountRole.Viewer);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync(client, name, "wrong password!")).StatusCode);
        using var right = await PostLoginAsync(client, name, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("ロック", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task SignIn_MoreThanTheLimitPerMinute_Is429()
    {
        await using ApiFactory limited = factory.Engine == DatabaseEngine.Postgres ? new PostgresApi() : new SqliteApi();
        // The limit is a fixed window of one minute: the clock stands still inside one, so a slow run that would
        // cross into the next minute (and start counting again) cannot make this test pass or fail by chance.
        var stopped = new StoppedClock(DateTimeOffset.UtcNow);
        await using var inOneMinute = limited.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(stopped)));
        using var client = inOneMinute.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++) statuses.Add((await PostLoginAsync(client, "nobody", "whatever password")).StatusCode);
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    const string Password = "correct horse battery";

    async Task<string> CreateUserAsync(AccountRole role)
    {
        var name = "u-" + Guid.NewGuid().ToString("N")[..10];
        using var response = await _http.PostAsJsonAsync("/api/users", new { user_name = name, password = Password, role = role.ToString(), department = role == AccountRole.Editor ? "営業部" : null });
        response.EnsureSuccessStatusCode();
        return name;
    }

    async Task<(HttpClient Client, List<string> Cookies)> SignedInAsync(AccountRole role, bool https = false)
    {
        var name = await CreateUserAsync(role);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(https ? "https://localhost" : "http://localhost") });
        using var response = await PostLoginAsync(client, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response.Headers.TryGetValues("Set-Cookie", out var c) ? [.. c] : []);
    }

    static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync("/login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["UserName"] = user,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
        }));
    }
}

/// <summary>The security tests on the embedded default, SQLite.</summary>
public sealed class SqliteSecurityTests(SqliteApi factory) : SecurityTests(factory), IClassFixture<SqliteApi>;

/// <summary>The security tests on PostgreSQL (skipped without IPPON_TEST_POSTGRES).</summary>
public sealed class PostgresSecurityTests(PostgresApi factory) : SecurityTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
