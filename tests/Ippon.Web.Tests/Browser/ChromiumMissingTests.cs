using System.Text.RegularExpressions;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// The export menu of a server without Chromium (IPPON_CHROMIUM pointing nowhere, as on a fresh machine): PDF and PNG
/// are greyed with "needs Chromium", a note gives the install command and offers the approval document as HTML,
/// which downloads; every other format still downloads. In Japanese and in English.
/// </summary>
public sealed class ChromiumMissingTests
{
    [Fact]
    public async Task ExportMenu_WithoutChromium_SaysWhatToInstallAndOffersTheHtmlDocument()
    {
        using var dir = new TempDir();
        await using var server = await WebServer.StartAsync(dir.File("ippon.db"), new Dictionary<string, string?> { ["IPPON_CHROMIUM"] = "/nonexistent/chromium" });
        Guid planId;
        using (var http = await server.AdminClientAsync())
            planId = (await http.CreateFromTemplateAsync()).Id;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(), Locale = "ja-JP", ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin", WebServer.AdminPassword);

        await PlanPageSteps.OpenAsync(page, planId);
        await ExpectTheNoteAsync(page, "Chromium が必要", "PDF と PNG の出力には Chromium が必要です", "稟議書 (HTML)");
        await Screenshots.SaveAsync(page, "export-without-chromium-1440");

        // The HTML document instead of the PDF: a whole approval document, downloaded from the note. Writing it runs the
        // 達成確率 simulation, which on a loaded CI machine takes longer than Playwright's 15 s default.
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator("[data-testid=export-html-instead]").ClickAsync(), new() { Timeout = 60_000 });
        Assert.Equal("年間売上1億円計画-v1.html", download.SuggestedFilename);
        var html = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("年間売上1億円計画", html, StringComparison.Ordinal);

        // Formats that need no browser still download from the menu.
        await page.GotoAsync($"/plans/{planId}");
        await page.Locator("[data-testid=tree]").WaitForAsync();
        await page.Locator("[data-testid=export-menu]").ClickAsync();
        var xlsx = await page.RunAndWaitForDownloadAsync(
            () => page.Locator("[data-testid=export-xlsx]").ClickAsync(), new() { Timeout = 60_000 });
        Assert.Equal("年間売上1億円計画-v1.xlsx", xlsx.SuggestedFilename);

        // English, on a phone.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/language/en?return=/plans/{planId}");
        await page.Locator("[data-testid=tree]").WaitForAsync();
        await ExpectTheNoteAsync(page, "needs Chromium", "PDF and PNG need Chromium", "Approval document (HTML)");
        await Screenshots.SaveAsync(page, "export-without-chromium-390", page.Locator(".ippon-export-popover"));
        await context.CloseAsync();
    }

    static async Task ExpectTheNoteAsync(IPage page, string greyed, string note, string htmlLink)
    {
        await page.Locator("[data-testid=export-menu]").ClickAsync();
        foreach (var format in new[] { "pdf", "png" })
        {
            var item = page.Locator($"[data-testid=export-{format}]");
            await Expect(item).ToContainTextAsync(greyed);
            await Expect(item).ToHaveAttributeAsync("aria-disabled", "true");
            Assert.Null(await item.GetAttributeAsync("href"));
        }
        var missing = page.Locator("[data-testid=export-chromium-missing]");
        await Expect(missing).ToContainTextAsync(note);
        await Expect(missing).ToContainTextAsync("sudo apt-get install chromium fonts-ipaexfont-gothic");
        await Expect(page.Locator("[data-testid=export-html-instead]")).ToHaveTextAsync(htmlLink);
        await Expect(page.Locator("[data-testid=export-html]")).ToHaveAttributeAsync("href", new Regex("format=html"));
    }
}
