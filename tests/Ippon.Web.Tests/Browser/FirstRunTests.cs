using System.Net;
using System.Text.RegularExpressions;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// The first run as a person meets it: the real app on a fresh database without IPPON_ADMIN_PASSWORD prints a
/// one-time password; signing in with it in Chromium leads every page to the change-password form (and the API
/// answers 403) until the password is changed; then the sample plan opens. A second start prints nothing new.
/// </summary>
public sealed partial class FirstRunTests
{
    const string NewPassword = "my own long password 2026";

    [Fact]
    public async Task FirstRun_PrintedPassword_GatesEveryPageUntilChangedThenThePlanOpens()
    {
        using var dir = new TempDir();
        await using var server = await WebServer.StartAsync(dir.File("ippon.db"), new Dictionary<string, string?> { [Ippon.Web.Features.Accounts.FirstRun.PasswordSetting] = null });
        var printed = await PrintedPasswordAsync(server);
        Assert.Equal(20, printed.Length);
        // The address to open and then the password come last in the terminal, where the eye lands.
        var log = server.Log;
        var address = log.IndexOf("open:  " + server.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        var password = log.LastIndexOf(printed, StringComparison.Ordinal);
        Assert.InRange(address, 0, password);
        Assert.Matches(@"^[\s=]*$", log[(password + printed.Length)..]);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "ja-JP" });
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();

        // Sign in through the form with the printed password: straight to the change form.
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("[data-testid=login-user]", "admin");
        await page.FillAsync("[data-testid=login-password]", printed);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/password");

        // Every page leads to the change form; the API refuses and changes nothing.
        foreach (var path in new[] { "/", $"/plans/{Guid.NewGuid()}", "/audit", "/admin/users", "/scalar/", "/openapi/v1.json" })
        {
            await page.GotoAsync(path);
            Assert.True(new Uri(page.Url).AbsolutePath == "/account/password", $"{path} led to {page.Url}");
            await Expect(page.Locator("[data-testid=password-new]")).ToBeVisibleAsync();
        }
        var list = await page.APIRequest.GetAsync("/api/plans");
        Assert.Equal((int)HttpStatusCode.Forbidden, list.Status);
        var create = await page.APIRequest.PostAsync("/api/plans", new APIRequestContextOptions { DataObject = new { template = "sales-100m" } });
        Assert.Equal((int)HttpStatusCode.Forbidden, create.Status);

        // Two different new passwords: refused, still gated.
        await page.FillAsync("[data-testid=password-current]", printed);
        await page.FillAsync("[data-testid=password-new]", NewPassword);
        await page.FillAsync("[data-testid=password-confirm]", NewPassword + "!");
        await page.ClickAsync("[data-testid=password-submit]");
        await Expect(page.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        Assert.Equal((int)HttpStatusCode.Forbidden, (await page.APIRequest.GetAsync("/api/plans")).Status);

        // The change: then the plans, the sample plan among them (the refused create added none), and its tree.
        await page.FillAsync("[data-testid=password-current]", printed);
        await page.FillAsync("[data-testid=password-new]", NewPassword);
        await page.FillAsync("[data-testid=password-confirm]", NewPassword);
        await page.ClickAsync("[data-testid=password-submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.Locator("[data-testid=plan-row]")).ToHaveCountAsync(1);
        await page.Locator("[data-testid=open-plan]").ClickAsync();
        await Expect(page.Locator("[data-testid=plan-title]")).ToHaveTextAsync("年間売上1億円計画");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("100");
        Assert.Equal((int)HttpStatusCode.OK, (await page.APIRequest.GetAsync("/api/plans")).Status);
        await context.CloseAsync();

        // A second start on the same database prints no new password; the chosen one signs in, ungated; the printed one is gone.
        server.Kill();
        var before = server.Log.Length;
        await server.StartAgainAsync();
        Assert.DoesNotContain("one-time password", server.Log[before..], StringComparison.Ordinal);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        using var signedIn = await WebServer.SignInAsync(http, "admin", NewPassword);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/plans", UriKind.Relative))).StatusCode);
        using var fresh = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        await Assert.ThrowsAsync<InvalidOperationException>(() => WebServer.SignInAsync(fresh, "admin", printed));
    }

    /// <summary>The password in the first-run banner (the app's output is read line by line as it comes).</summary>
    static async Task<string> PrintedPasswordAsync(WebServer server)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Banner().Match(server.Log) is { Success: true } m) return m.Groups[1].Value;
            await Task.Delay(100);
        }
        throw new InvalidOperationException("no one-time password printed:\n" + server.Log);
    }

    [GeneratedRegex(@"one-time password\r?\n\s+(\S+)")]
    private static partial Regex Banner();
}
