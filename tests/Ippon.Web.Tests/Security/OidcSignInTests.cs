using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Security;

/// <summary>
/// OpenID Connect sign-in against a provider on this machine (<see cref="TestOidcProvider"/>), through the real app
/// process and a client that follows redirects and keeps cookies as a browser does: the first sign-in creates a
/// local account linked to the provider's subject with the configured role; that role's rights apply; a token that
/// is tampered with, wrongly signed, unsigned, for another audience or issuer, expired or replayed is refused and
/// creates nothing.
/// </summary>
public sealed class OidcSignInTests(OidcFixture oidc) : IClassFixture<OidcFixture>
{
    TestOidcProvider Provider => oidc.Provider;

    /// <summary>A fresh person at the provider, so that each test has its own account.</summary>
    TestOidcUser NewPerson(string name)
    {
        var user = new TestOidcUser("sub-" + Guid.NewGuid().ToString("N")[..12], name + "-" + Guid.NewGuid().ToString("N")[..6], name + "@example.jp");
        Provider.User = user;
        Provider.Flaw = TokenFlaw.None;
        return user;
    }

    /// <summary>Clicks "single sign-on" the way a browser does: every redirect followed, cookies kept; where it ended.</summary>
    async Task<(HttpClient Client, HttpResponseMessage Landed)> SignInAsync()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        var client = new HttpClient(handler) { BaseAddress = oidc.Server.BaseAddress };
        var login = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        Assert.Contains("data-testid=\"login-oidc\"", login, StringComparison.Ordinal);
        var landed = await client.GetAsync(new Uri("/login/oidc?returnUrl=%2F", UriKind.Relative));
        return (client, landed);
    }

    static async Task<JsonElement> MeAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>(new Uri("/api/me", UriKind.Relative));

    async Task<List<AccountInfo>> AccountsAsync() => (await oidc.Admin.GetFromJsonAsync<List<AccountInfo>>(new Uri("/api/users", UriKind.Relative), ApiJson.Options))!;

    [Fact]
    public async Task SignIn_FirstTime_CreatesALinkedLocalAccountWithTheConfiguredRole()
    {
        var person = NewPerson("tanaka");
        var (client, landed) = await SignInAsync();
        using (client)
        using (landed)
        {
            Assert.Equal((HttpStatusCode.OK, "/"), (landed.StatusCode, landed.RequestMessage!.RequestUri!.AbsolutePath));
            var me = await MeAsync(client);
            Assert.Equal((person.UserName, "editor", OidcFixture.DefaultDepartment),
                (me.GetProperty("name").GetString(), me.GetProperty("role").GetString(), me.GetProperty("department").GetString()));
        }
        var account = Assert.Single(await AccountsAsync(), a => a.UserName == person.UserName);
        Assert.True(account.SingleSignOn);
        Assert.Empty(Provider.Refusals); // the client secret, the redirect address and PKCE were right

        // The second sign-in finds the same account through the provider's subject, not a new one.
        var count = (await AccountsAsync()).Count;
        var (again, landedAgain) = await SignInAsync();
        using (again)
        using (landedAgain)
        {
            Assert.Equal("/", landedAgain.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Equal(person.UserName, (await MeAsync(again)).GetProperty("name").GetString());
        }
        Assert.Equal(count, (await AccountsAsync()).Count);
        var audit = await oidc.Admin.GetStringAsync(new Uri($"/api/audit?kind=account&subject={Uri.EscapeDataString(person.UserName)}&format=csv", UriKind.Relative));
        Assert.Contains("editor / 営業部", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AsTheConfiguredDepartmentEditor_HasExactlyThatRolesRights()
    {
        NewPerson("sato");
        var plan = await oidc.Admin.CreateFromTemplateAsync();
        var (client, landed) = await SignInAsync();
        using (client)
        using (landed)
        {
            // deals is owned by 営業部, leads by マーケティング部 (examples/sales-100m.yaml).
            using var own = await client.PatchAsJsonAsync(new Uri($"/api/plans/{plan.Id}/metrics/deals", UriKind.Relative), new { name = "商談数 (SSO)" });
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            using var other = await client.PatchAsJsonAsync(new Uri($"/api/plans/{plan.Id}/metrics/leads", UriKind.Relative), new { name = "リード (SSO)" });
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            using var create = await client.PostAsJsonAsync(new Uri("/api/plans", UriKind.Relative), new { template = "sales-100m" });
            Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
            using var users = await client.GetAsync(new Uri("/api/users", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        }
        var saved = await oidc.Admin.DetailAsync(plan.Id);
        Assert.Contains("商談数 (SSO)", saved.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("リード (SSO)", saved.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AfterTheAdminPromotedTheAccount_KeepsThePromotedRole()
    {
        var person = NewPerson("suzuki");
        var (first, firstLanded) = await SignInAsync();
        first.Dispose();
        firstLanded.Dispose();
        var account = Assert.Single(await AccountsAsync(), a => a.UserName == person.UserName);
        (await oidc.Admin.PutAsJsonAsync(new Uri($"/api/users/{account.Id}", UriKind.Relative), new { role = "planner" })).EnsureSuccessStatusCode();
        var (client, landed) = await SignInAsync();
        using (client)
        using (landed)
        {
            Assert.Equal("planner", (await MeAsync(client)).GetProperty("role").GetString());
        }
    }

    [Fact]
    public async Task SignIn_ProviderNamesAnExistingLocalAccount_GetsItsOwnAccountNotTheLocalOne()
    {
        var local = "yamada-" + Guid.NewGuid().ToString("N")[..6];
        (await oidc.Admin.PostAsJsonAsync(new Uri("/api/users", UriKind.Relative), new { user_name = local, password = "a long enough password", role = "admin" })).EnsureSuccessStatusCode();
        var person = new TestOidcUser("sub-" + Guid.NewGuid().ToString("N")[..12], local, "yamada@example.jp");
        Provider.User = person;
        Provider.Flaw = TokenFlaw.None;
        var (client, landed) = await SignInAsync();
        using (client)
        using (landed)
        {
            var me = await MeAsync(client);
            Assert.Equal(($"{local} (oidc:{person.Subject})", "editor"), (me.GetProperty("name").GetString(), me.GetProperty("role").GetString()));
        }
    }

    [Fact]
    public async Task SignIn_LockedAccount_IsRefused()
    {
        var person = NewPerson("kato");
        var (first, firstLanded) = await SignInAsync();
        first.Dispose();
        firstLanded.Dispose();
        var account = Assert.Single(await AccountsAsync(), a => a.UserName == person.UserName);
        (await oidc.Admin.PutAsJsonAsync(new Uri($"/api/users/{account.Id}", UriKind.Relative), new { locked = true })).EnsureSuccessStatusCode();
        var (client, landed) = await SignInAsync();
        using (client)
        using (landed)
        {
            Assert.Equal("/login", landed.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("data-testid=\"login-error\"", await landed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        }
    }

    /// <param name="reason">What the app's log gives as the reason (the validation library's error code): refused for the right reason, not by accident.</param>
    [Theory]
    [InlineData(TokenFlaw.TamperedPayload, "IDX10511")] // signature validation failed
    [InlineData(TokenFlaw.WrongKey, "IDX10511")]
    [InlineData(TokenFlaw.NotSigned, "the id_token is not signed")]
    [InlineData(TokenFlaw.WrongAudience, "IDX10214")] // audience validation failed
    [InlineData(TokenFlaw.WrongIssuer, "IDX10205")] // issuer validation failed
    [InlineData(TokenFlaw.Expired, "IDX10223")] // lifetime validation failed
    [InlineData(TokenFlaw.WrongNonce, "IDX21323")] // no nonce cookie for this nonce
    public async Task SignIn_FlawedIdToken_IsRefusedAndCreatesNoAccount(TokenFlaw flaw, string reason)
    {
        var person = NewPerson("flaw-" + flaw.ToString().ToLowerInvariant());
        Provider.Flaw = flaw;
        var accounts = (await AccountsAsync()).Count;
        var issued = Provider.TokensIssued;
        var logged = oidc.Server.Log.Length;
        var (client, landed) = await SignInAsync();
        using (client)
        using (landed)
        {
            Assert.Equal(issued + 1, Provider.TokensIssued); // the provider issued the flawed token: the app refused it
            Assert.Equal((HttpStatusCode.OK, "/login"), (landed.StatusCode, landed.RequestMessage!.RequestUri!.AbsolutePath));
            var page = await landed.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"login-error\"", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/plans", UriKind.Relative))).StatusCode);
        }
        // The server's output reaches the test through its process pipe, possibly after the response: wait for the line.
        var expected = "Single sign-on refused: " + reason;
        for (var waited = 0; waited < 100 && !oidc.Server.Log[logged..].Contains(expected, StringComparison.Ordinal); waited++) await Task.Delay(100);
        Assert.Contains(expected, oidc.Server.Log[logged..], StringComparison.Ordinal);
        var after = await AccountsAsync();
        Assert.Equal(accounts, after.Count);
        Assert.DoesNotContain(after, a => a.UserName == person.UserName || a.UserName.StartsWith("admin (", StringComparison.Ordinal));
        Provider.Flaw = TokenFlaw.None;
    }

    [Fact]
    public async Task SignIn_InChromium_TheSingleSignOnLinkOpensThePlans()
    {
        var person = NewPerson("browser");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = oidc.Server.BaseAddress.ToString(), Locale = "ja-JP" });
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=login-oidc]");
        await Expect(page.Locator("[data-testid=user]")).ToContainTextAsync(person.UserName, new() { Timeout = 15_000 });
        await Expect(page.Locator("[data-testid=user]")).ToContainTextAsync("営業部", new() { Timeout = 15_000 });
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }
}
