using Ippon.Testing;
using Ippon.Web.Tests.Browser;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Lifecycle;

/// <summary>The real app stopped and started again under an open plan page: the page says so in Japanese, and the draft comes back — the edits, and a value typed and not applied yet.</summary>
public sealed class DraftRestartTests
{
    [Fact]
    public async Task Draft_SurvivesAServerRestart_AndTheReconnectDialogSpeaksJapanese()
    {
        using var dir = new TempDir();
        await using var server = await WebServer.StartAsync(dir.File("ippon.db"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var (context, page, planId) = await OpenSeedPlanAsync(server, browser);
        await DraftTests.SetWinRateAsync(page, "15%");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await DraftTests.WaitForDraftKeptAsync(page);

        var (_, exitCode) = await server.TerminateAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, exitCode);
        var reconnect = page.Locator("#components-reconnect-modal");
        await Expect(reconnect).ToBeVisibleAsync();
        await Expect(reconnect).ToContainTextAsync("つなぎ直");
        await Screenshots.SaveAsync(page, "reconnect", reconnect);

        // A new process (on a new port): the page opened again brings the draft back.
        await server.StartAgainAsync();
        await ReopenAsync(server, page, planId);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToContainTextAsync("保存していない下書きを復元しました");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await Expect(page.Locator("[data-testid=dirty]")).ToContainTextAsync("未保存の変更 1 件");
        await context.CloseAsync();
    }

    [Fact]
    public async Task ValueTypedWithoutEnter_SurvivesAServerRestartInItsField_AndSavesWithOneClick()
    {
        using var dir = new TempDir();
        await using var server = await WebServer.StartAsync(dir.File("ippon.db"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var (context, page, planId) = await OpenSeedPlanAsync(server, browser);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await page.Locator("[data-testid=field-value]").FillAsync("15%"); // no Enter: the field keeps the focus, nothing applied
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");
        // The typed text is in the server's draft (the database file): a write happened and none is pending.
        await page.WaitForFunctionAsync("() => { const s = document.querySelector('[data-testid=draft-status]'); return s && Number(s.dataset.writes) >= 1 && s.dataset.pending === 'no'; }");

        var (_, exitCode) = await server.TerminateAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, exitCode);
        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();

        // A new process on the same database file: the text is back in its field, focused, still not applied.
        await server.StartAgainAsync();
        await ReopenAsync(server, page, planId);
        await Expect(page.Locator("[data-testid=draft-restored]")).ToBeVisibleAsync();
        var field = page.Locator("[data-testid=node-editor] [data-testid=field-value]");
        await Expect(field).ToHaveValueAsync("15%");
        await Expect(field).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");

        // One click on 保存 applies and saves it: 15% → 134 deals, v2 in the new process's database.
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await context.CloseAsync();
    }

    /// <summary>A new plan from the default template on <paramref name="server"/>, open in a signed-in page at 1440 px.</summary>
    static async Task<(IBrowserContext Context, IPage Page, Guid PlanId)> OpenSeedPlanAsync(WebServer server, IBrowser browser)
    {
        Guid planId;
        using (var http = await server.AdminClientAsync())
            planId = (await http.CreateFromTemplateAsync()).Id;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "ja-JP", ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin", WebServer.AdminPassword);
        await page.GotoAsync(new Uri(server.BaseAddress, $"/plans/{planId}").ToString());
        await page.Locator("[data-testid=tree]").WaitForAsync();
        return (context, page, planId);
    }

    /// <summary>Opens the plan again after a restart (the new process listens on a new port).</summary>
    static async Task ReopenAsync(WebServer server, IPage page, Guid planId)
    {
        page.Dialog += (_, d) => _ = d.AcceptAsync(); // the browser's "leave this page?" for the unsaved draft
        await page.GotoAsync(new Uri(server.BaseAddress, $"/plans/{planId}").ToString());
    }
}
