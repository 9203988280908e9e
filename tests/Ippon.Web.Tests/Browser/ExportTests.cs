using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Downloads from the plan page: the approval document as PDF (Ippon.Export through headless Chromium) and the plan file.</summary>
[Collection(BrowserTests.Name)]
public sealed class ExportTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("pdf", "%PDF")]
    [InlineData("yaml", "# 年間売上1億円計画")]
    public async Task ExportMenu_Format_DownloadsTheFile(string format, string start)
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=export-menu]").ClickAsync();
        // The PDF is printed by a second headless Chromium on the server: under a loaded CI machine that takes longer than
        // Playwright's 15 s default, which is a statement about the machine, not about the download.
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator($"[data-testid=export-{format}]").ClickAsync(), new() { Timeout = 60_000 });
        Assert.Equal($"年間売上1億円計画-v1.{format}", download.SuggestedFilename);
        var path = await download.PathAsync();
        var head = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path).Take(40).ToArray());
        Assert.StartsWith(start, head, StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=tree]")).ToBeVisibleAsync(); // still on the page
    }
}
