using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ippon.Web.Tests.Security;

/// <summary>
/// Every endpoint and page the app maps (read from its endpoint data source, so a new one cannot be forgotten) ×
/// every role and anonymous: each allowed call succeeds; each other is refused with 401 (anonymous) or 403 and
/// changes nothing in the database. On SQLite and, when IPPON_TEST_POSTGRES is set, on PostgreSQL: the policies do
/// not depend on the engine, but "changes nothing" is a statement about the database the refused call reached.
/// </summary>
public abstract class AuthorizationMatrixTests(ApiFactory factory)
{
    /// <summary>Who calls: anonymous, a viewer, an editor of 営業部 (owns deals, calls), an editor of another department, a planner, an admin.</summary>
    public enum Who { Anonymous, Viewer, EditorOwn, EditorOther, Planner, Admin }

    static readonly Who[] s_everyone = Enum.GetValues<Who>();
    static readonly Who[] s_signedIn = [Who.Viewer, Who.EditorOwn, Who.EditorOther, Who.Planner, Who.Admin];
    static readonly Who[] s_editors = [Who.EditorOwn, Who.Planner, Who.Admin];
    static readonly Who[] s_planners = [Who.Planner, Who.Admin];
    static readonly Who[] s_admins = [Who.Admin];

    /// <summary>One row of the matrix: how to call the endpoint on a fresh plan, and who may.</summary>
    /// <param name="Reached">For the circuit hub: success means the hub answered at all (it refuses made-up circuits with 400/404).</param>
    sealed record Case(Who[] Allowed, Func<Arrange, Task<HttpRequestMessage>> Request, bool Public = false, bool Reached = false);

    /// <summary>What a row's request may use: a fresh plan (with a KPI to remove, Q1 actuals, a deleted twin), a user and a token to change.</summary>
    sealed record Arrange(Guid Plan, Guid DeletedPlan, string UserId, Guid TokenId);

    static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    static HttpRequestMessage Send(HttpMethod method, string url, object? json = null) =>
        new(method, url) { Content = json is null ? null : JsonContent.Create(json) };

    static HttpRequestMessage Upload(string url, string fileName, string text)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "file", fileName } };
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
    }

    static readonly string s_yaml = Templates.Text("sales-100m")!;

    static readonly Dictionary<string, Case> s_matrix = new(StringComparer.Ordinal)
    {
        // Plans
        ["GET /api/templates"] = new(s_signedIn, a => Task.FromResult(Get("/api/templates"))),
        ["GET /api/plans/"] = new(s_signedIn, a => Task.FromResult(Get("/api/plans"))),
        ["GET /api/plans/{id:guid}"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}"))),
        ["POST /api/plans/"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, "/api/plans", new { template = "sales-100m" }))),
        ["POST /api/plans/import"] = new(s_planners, a => Task.FromResult(Upload("/api/plans/import", "plan.yaml", s_yaml))),
        ["POST /api/plans/{id:guid}/duplicate"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/duplicate"))),
        ["POST /api/plans/{id:guid}/archive"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/archive"))),
        ["POST /api/plans/{id:guid}/unarchive"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/unarchive"))),
        ["DELETE /api/plans/{id:guid}"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Delete, $"/api/plans/{a.Plan}"))),
        ["POST /api/plans/{id:guid}/undelete"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.DeletedPlan}/undelete"))),
        ["GET /api/plans/{id:guid}/export"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/export?format=yaml"))),
        // Editing: an editor of 営業部 may change deals and calls (owned by 営業部), nothing else.
        ["PUT /api/plans/{id:guid}"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Put, $"/api/plans/{a.Plan}",
            new { yaml = s_yaml.Replace("name: 商談数", "name: 商談数 (営業部)", StringComparison.Ordinal), base_version = 1 }))),
        ["PATCH /api/plans/{id:guid}/metrics/{metric}"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Patch, $"/api/plans/{a.Plan}/metrics/deals", new { name = "商談 (営業部)" }))),
        ["POST /api/plans/{id:guid}/metrics"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/metrics",
            new { id = "visits", name = "訪問数", role = "kpi", owner = "営業部", unit = "count" }))),
        ["DELETE /api/plans/{id:guid}/metrics/{metric}"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Delete, $"/api/plans/{a.Plan}/metrics/spare"))),
        ["POST /api/plans/{id:guid}/metrics/{metric}/move"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/metrics/spare/move", new { to = "deals" }))),
        ["PATCH /api/plans/{id:guid}/actions/{action}"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Patch, $"/api/plans/{a.Plan}/actions/calls", new { due = "2027-02-28" }))),
        ["POST /api/calculate"] = new(s_signedIn, a => Task.FromResult(Send(HttpMethod.Post, "/api/calculate", new { yaml = s_yaml }))),
        ["GET /api/plans/{id:guid}/calculation"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/calculation"))),
        ["POST /api/optimize"] = new(s_signedIn, a => Task.FromResult(Send(HttpMethod.Post, "/api/optimize", new { yaml = s_yaml }))),
        ["GET /api/plans/{id:guid}/optimization"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/optimization"))),
        // Applying the mix changes marketing's webinars and articles: an editor of 営業部 is refused by department scope.
        ["POST /api/plans/{id:guid}/optimization/apply"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/optimization/apply", new { objective = "cost" }))),
        // History
        ["GET /api/plans/{id:guid}/versions"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/versions"))),
        ["GET /api/plans/{id:guid}/versions/{version:int}"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/versions/1"))),
        ["GET /api/plans/{id:guid}/versions/compare"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/versions/compare?from=1&to=2"))),
        ["POST /api/plans/{id:guid}/versions/{version:int}/restore"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/versions/1/restore"))),
        // Actuals and review
        ["GET /api/plans/{id:guid}/actuals"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/actuals"))),
        ["PUT /api/plans/{id:guid}/actuals"] = new(s_editors, a => Task.FromResult(Send(HttpMethod.Put, $"/api/plans/{a.Plan}/actuals",
            new { rows = new[] { new { period = "Q2", metric = "deals", value = 21m } } }))),
        ["POST /api/plans/{id:guid}/actuals/csv"] = new(s_editors, a => Task.FromResult(Upload($"/api/plans/{a.Plan}/actuals/csv", "actuals.csv", "period,metric,value\nQ2,orders,4\n"))),
        ["GET /api/plans/{id:guid}/review"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/review"))),
        ["GET /api/plans/{id:guid}/sensitivity"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/sensitivity"))),
        ["GET /api/plans/{id:guid}/forecast"] = new(s_signedIn, a => Task.FromResult(Get($"/api/plans/{a.Plan}/forecast?trials=500&confidence=50%"))),
        // Adopting the re-plan writes the observed win rate (no owner): planners only.
        ["POST /api/plans/{id:guid}/review/adopt"] = new(s_planners, a => Task.FromResult(Send(HttpMethod.Post, $"/api/plans/{a.Plan}/review/adopt"))),
        // Audit and accounts
        ["GET /api/audit"] = new(s_signedIn, a => Task.FromResult(Get($"/api/audit?plan={a.Plan}"))),
        ["GET /api/me"] = new(s_signedIn, a => Task.FromResult(Get("/api/me"))),
        ["GET /api/users/"] = new(s_admins, a => Task.FromResult(Get("/api/users"))),
        ["POST /api/users/"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Post, "/api/users", new { user_name = "new-" + Guid.NewGuid().ToString("N")[..8], password = "a long enough password", role = "viewer" }))),
        ["PUT /api/users/{id}"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Put, $"/api/users/{a.UserId}", new { role = "planner" }))),
        ["DELETE /api/users/{id}"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Delete, $"/api/users/{a.UserId}"))),
        ["GET /api/tokens/"] = new(s_admins, a => Task.FromResult(Get("/api/tokens"))),
        ["POST /api/tokens/"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Post, "/api/tokens", new { name = "crm-export", role = "editor", department = "営業部" }))),
        ["DELETE /api/tokens/{id:guid}"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Delete, $"/api/tokens/{a.TokenId}"))),
        // Notifications: settings, the outbox and every plan's reminder schedule are the admin's; each account its own preferences.
        ["GET /api/notifications/settings"] = new(s_admins, a => Task.FromResult(Get("/api/notifications/settings"))),
        ["PUT /api/notifications/settings"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Put, "/api/notifications/settings",
            new { smtp_host = "127.0.0.1", smtp_port = 2525, smtp_security = "none", smtp_from = "ippon@ippon.test", public_url = "http://127.0.0.1:5999", time_zone = "Asia/Tokyo" }))),
        ["GET /api/notifications/outbox"] = new(s_admins, a => Task.FromResult(Get("/api/notifications/outbox"))),
        // The callers here are API tokens, not accounts: past the policy, "your own preferences" answers 404 (no such account).
        ["GET /api/notifications/preferences/"] = new(s_signedIn, a => Task.FromResult(Get("/api/notifications/preferences")), Reached: true),
        ["PUT /api/notifications/preferences/"] = new(s_signedIn, a => Task.FromResult(Send(HttpMethod.Put, "/api/notifications/preferences",
            new { email = "me@ippon.test", language = "ja", alerts = true, reminders = false, digest = true })), Reached: true),
        ["GET /api/notifications/preferences/{userId}"] = new(s_admins, a => Task.FromResult(Get($"/api/notifications/preferences/{a.UserId}"))),
        ["PUT /api/notifications/preferences/{userId}"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Put, $"/api/notifications/preferences/{a.UserId}",
            new { email = "them@ippon.test", language = "en", alerts = true, reminders = true, digest = false }))),
        // A fresh plan has no schedule yet: past the policy, 404.
        ["GET /api/plans/{id:guid}/reminders"] = new(s_admins, a => Task.FromResult(Get($"/api/plans/{a.Plan}/reminders")), Reached: true),
        ["PUT /api/plans/{id:guid}/reminders"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Put, $"/api/plans/{a.Plan}/reminders", new { cron = "0 9 * * MON" }))),
        ["DELETE /api/plans/{id:guid}/reminders"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Delete, $"/api/plans/{a.Plan}/reminders"))),
        ["GET /api/plans/{id:guid}/alerts"] = new(s_admins, a => Task.FromResult(Get($"/api/plans/{a.Plan}/alerts"))),
        ["PUT /api/plans/{id:guid}/alerts"] = new(s_admins, a => Task.FromResult(Send(HttpMethod.Put, $"/api/plans/{a.Plan}/alerts", new { probability_below = "70%" }))),
        // One-click unsubscribe: the signed link is the credential, so it is public (a link that is not signed gets 400).
        ["GET /unsubscribe"] = new(s_everyone, a => Task.FromResult(Get("/unsubscribe?t=not-signed")), Public: true),
        ["POST /unsubscribe"] = new(s_everyone, a => Task.FromResult(Send(HttpMethod.Post, "/unsubscribe?t=not-signed")), Public: true),
        // API description
        ["GET /openapi/{documentName}.json"] = new(s_signedIn, a => Task.FromResult(Get("/openapi/v1.json"))),
        ["GET /scalar/{documentName?}"] = new(s_signedIn, a => Task.FromResult(Get("/scalar/"))),
        // The API reference's own script and icon are public files (the reference page and the document are not).
        ["GET /scalar/scalar.js"] = new(s_everyone, a => Task.FromResult(Get("/scalar/scalar.js")), Public: true),
        ["GET /scalar/scalar.aspnetcore.js"] = new(s_everyone, a => Task.FromResult(Get("/scalar/scalar.aspnetcore.js")), Public: true),
        ["GET /scalar/favicon.svg"] = new(s_everyone, a => Task.FromResult(Get("/scalar/favicon.svg")), Public: true),
        // Pages (the HTTP request that starts a page; its circuit runs as the same account)
        ["PAGE /"] = new(s_signedIn, a => Task.FromResult(Get("/"))),
        ["PAGE /plans/{Id:guid}"] = new(s_signedIn, a => Task.FromResult(Get($"/plans/{a.Plan}"))),
        ["PAGE /audit"] = new(s_signedIn, a => Task.FromResult(Get("/audit"))),
        ["PAGE /admin/users"] = new(s_admins, a => Task.FromResult(Get("/admin/users"))),
        ["PAGE /admin/notifications"] = new(s_admins, a => Task.FromResult(Get("/admin/notifications"))),
        ["PAGE /notifications"] = new(s_signedIn, a => Task.FromResult(Get("/notifications"))),
        // The Blazor circuit's hub: signed-in only.
        ["ANY /_blazor/negotiate"] = new(s_signedIn, a => Task.FromResult(Send(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1")), Reached: true),
        ["ANY /_blazor"] = new(s_signedIn, a => Task.FromResult(Get("/_blazor?id=none")), Reached: true),
        ["ANY /_blazor/initializers/"] = new(s_signedIn, a => Task.FromResult(Get("/_blazor/initializers/")), Reached: true),
        ["ANY /_blazor/disconnect/"] = new(s_signedIn, a => Task.FromResult(Send(HttpMethod.Post, "/_blazor/disconnect/")), Reached: true),
        // Public on purpose: signing in, the language switch, static files.
        ["GET /login"] = new(s_everyone, a => Task.FromResult(Get("/login")), Public: true),
        ["POST /login"] = new(s_everyone, a => Task.FromResult(Send(HttpMethod.Post, "/login")), Public: true),
        ["GET /logout"] = new(s_everyone, a => Task.FromResult(Get("/logout")), Public: true),
        ["POST /logout"] = new(s_everyone, a => Task.FromResult(Send(HttpMethod.Post, "/logout")), Public: true),
        ["GET /denied"] = new(s_everyone, a => Task.FromResult(Get("/denied")), Public: true),
        ["GET /login/oidc"] = new(s_everyone, a => Task.FromResult(Get("/login/oidc")), Public: true),
        ["GET /login/oidc/done"] = new(s_everyone, a => Task.FromResult(Get("/login/oidc/done")), Public: true),
        ["GET /language/{code}"] = new(s_everyone, a => Task.FromResult(Get("/language/en?return=/")), Public: true),
        ["GET /display"] = new(s_everyone, a => Task.FromResult(Get("/display?rounding=sen-1&tz=Asia/Tokyo&return=/")), Public: true),
        // Blazor's redirect helper and the static-file fallback (a file that does not exist): signed-in only.
        ["GET /_framework/opaque-redirect"] = new(s_signedIn, a => Task.FromResult(Get("/_framework/opaque-redirect")), Reached: true),
        ["GET /{**path:file}"] = new(s_signedIn, a => Task.FromResult(Get("/no-such-file.css")), Reached: true),
        ["HEAD /{**path:file}"] = new(s_signedIn, a => Task.FromResult(new HttpRequestMessage(HttpMethod.Head, "/no-such-file.css")), Reached: true),
        // The password form of the signed-in account.
        ["GET /account/password"] = new(s_signedIn, a => Task.FromResult(Get("/account/password"))),
        ["POST /account/password"] = new(s_signedIn, a => Task.FromResult(Send(HttpMethod.Post, "/account/password")), Reached: true),
    };

    [DbFact]
    public void Matrix_CoversEveryMappedEndpointAndPage()
    {
        _ = factory.Server;
        var mapped = EndpointList.Of(factory.Services);
        var missing = mapped.Where(e => !s_matrix.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "endpoints without a row in the authorization matrix (add one): " + string.Join(", ", missing));
        var stale = s_matrix.Keys.Where(k => !mapped.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "rows for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    public static TheoryData<string> Endpoints()
    {
        var data = new TheoryData<string>();
        foreach (var key in s_matrix.Keys) data.Add(key);
        return data;
    }

    [DbTheory]
    [MemberData(nameof(Endpoints), MemberType = typeof(AuthorizationMatrixTests))]
    public async Task Endpoint_EachRole_AllowedSucceedsOthersAreRefusedAndChangeNothing(string endpoint)
    {
        var row = s_matrix[endpoint];
        var failures = new List<string>();
        foreach (var who in s_everyone)
        {
            var arrange = await ArrangeAsync(endpoint.Contains("/api/users/{id}", StringComparison.Ordinal) || endpoint.Contains("{userId}", StringComparison.Ordinal));
            using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            if (who != Who.Anonymous) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(who));
            var before = await FingerprintAsync();
            using var request = await row.Request(arrange);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var refused = status is 401 or 403 || (response.StatusCode == HttpStatusCode.Redirect && LocationPath(response) == "/login" && !row.Public);
            var allowed = row.Allowed.Contains(who);
            if (row.Public)
            {
                if ((status == 403 && endpoint != "GET /denied") || (status == 302 && response.Headers.Location?.OriginalString.Contains("ReturnUrl", StringComparison.Ordinal) == true))
                    failures.Add($"{who}: public endpoint refused ({status})");
                continue;
            }
            if (allowed && (refused || (status >= 400 && !row.Reached)))
            {
                failures.Add($"{who}: expected success, got {status} {Short(await response.Content.ReadAsStringAsync())}");
            }
            else if (!allowed)
            {
                var expected = who == Who.Anonymous ? "401" : "403";
                var ok = who == Who.Anonymous ? status == 401 || refused : status == 403;
                if (!ok) failures.Add($"{who}: expected {expected}, got {status}");
                var after = await FingerprintAsync();
                if (after != before) failures.Add($"{who}: refused but the database changed: {before} → {after}");
            }
        }
        Assert.True(failures.Count == 0, endpoint + ":\n" + string.Join("\n", failures));
    }

    static string? LocationPath(HttpResponseMessage response) =>
        response.Headers.Location is not { } l ? null : l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0];

    static string Short(string text) => text.Length > 300 ? text[..300] : text;

    readonly Dictionary<Who, string> _tokens = [];

    async Task<string> TokenAsync(Who who)
    {
        if (_tokens.TryGetValue(who, out var t)) return t;
        t = who switch
        {
            Who.Viewer => factory.Token(AccountRole.Viewer),
            Who.EditorOwn => factory.Token(AccountRole.Editor, "営業部"),
            Who.EditorOther => factory.Token(AccountRole.Editor, "人事部"),
            Who.Planner => factory.Token(AccountRole.Planner),
            _ => factory.Token(AccountRole.Admin),
        };
        _tokens[who] = t;
        return await Task.FromResult(t);
    }

    HttpClient? _admin;

    /// <summary>A plan at v3 (v2 adds the removable KPI "spare" of 営業部, v3 renames repeat_revenue) with Q1 actuals; a deleted plan; a user; a token.</summary>
    async Task<Arrange> ArrangeAsync(bool withUser)
    {
        _admin ??= factory.Client();
        var plan = await _admin.CreateFromTemplateAsync();
        (await _admin.PostAsJsonAsync($"/api/plans/{plan.Id}/metrics", new { id = "spare", name = "予備", role = "kpi", owner = "営業部", unit = "count" })).EnsureSuccessStatusCode();
        await _admin.PatchMetricAsync(plan.Id, "repeat_revenue", new { name = "リピート売上" });
        (await _admin.PutAsJsonAsync($"/api/plans/{plan.Id}/actuals", new
        {
            rows = new[] { new { period = "Q1", metric = "leads", value = 200m }, new { period = "Q1", metric = "deals", value = 20m }, new { period = "Q1", metric = "orders", value = 3m } },
        })).EnsureSuccessStatusCode();
        var deleted = await _admin.CreateFromTemplateAsync();
        (await _admin.DeleteAsync($"/api/plans/{deleted.Id}")).EnsureSuccessStatusCode();
        var userId = "";
        if (withUser)
        {
            // Only the rows that change a user need one (hashing a password is deliberately slow).
            using var user = await _admin.PostAsJsonAsync("/api/users", new { user_name = "u-" + Guid.NewGuid().ToString("N")[..8], password = "a long enough password", role = "viewer" });
            user.EnsureSuccessStatusCode();
            userId = (await user.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        }
        using var token = await _admin.PostAsJsonAsync("/api/tokens", new { name = "to-revoke", role = "viewer" });
        token.EnsureSuccessStatusCode();
        var tokenId = (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        return new Arrange(plan.Id, deleted.Id, userId, tokenId);
    }

    /// <summary>Everything a refused call could have changed, in one comparable line.</summary>
    async Task<string> FingerprintAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IpponDb>();
        return string.Join(" ",
            await db.Plans.CountAsync(), await db.Plans.SumAsync(p => p.Revision), await db.PlanVersions.CountAsync(), await db.Actuals.CountAsync(),
            string.Join(",", (await db.Actuals.Select(a => a.Value).ToListAsync()).Order()),
            await db.AuditEntries.CountAsync(), await db.Users.CountAsync(), string.Join(",", (await db.Users.Select(u => u.Role).ToListAsync()).Order()),
            await db.ApiTokens.CountAsync(r => r.RevokedAt == null));
    }
}

/// <summary>The matrix on the embedded default, SQLite.</summary>
public sealed class SqliteAuthorizationMatrixTests(SqliteApi factory) : AuthorizationMatrixTests(factory), IClassFixture<SqliteApi>;

/// <summary>The matrix on PostgreSQL (skipped without IPPON_TEST_POSTGRES).</summary>
public sealed class PostgresAuthorizationMatrixTests(PostgresApi factory) : AuthorizationMatrixTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
