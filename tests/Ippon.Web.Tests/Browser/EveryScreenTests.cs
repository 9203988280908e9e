using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// Every screen on a phone (390×844) and a laptop (1440×900): nothing reaches past the window's edge and no text is laid
/// out one character per line, measured in the page by LayoutCheck.js on the plan list, the audit log, the accounts and
/// every tab of the plan page.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EveryScreenTests(BrowserFixture browser, ITestOutputHelper output)
{
    static readonly string s_check = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "LayoutCheck.js"));

    /// <summary>What LayoutCheck.js finds wrong on the page as it is now (empty when nothing).</summary>
    public static async Task<string[]> ProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForTimeoutAsync(300); // MudBlazor's tab slider and popovers settle after the render
        return await page.EvaluateAsync<string[]>(s_check);
    }

    [Theory]
    [InlineData(390, 844, "-phone")]
    [InlineData(1440, 900, "")]
    public async Task EveryScreen_FitsTheWindowWithNoOneCharacterLines(int width, int height, string suffix)
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(width, height);
        var found = new List<string>();
        async Task CheckAsync(string screen)
        {
            var problems = await ProblemsAsync(page);
            found.AddRange(problems.Select(p => $"{screen}: {p}"));
            output.WriteLine($"{width} px {screen}: {problems.Length} problem(s)");
        }

        await page.GotoAsync("/");
        await page.Locator("[data-testid=open-plan]").First.WaitForAsync();
        await CheckAsync("plan list");
        await Screenshots.SaveAsync(page, "screens-plans" + suffix);
        await page.GotoAsync("/audit");
        await page.Locator("table").First.WaitForAsync();
        await CheckAsync("audit");
        await page.GotoAsync("/admin/users");
        await page.Locator("table").First.WaitForAsync();
        await CheckAsync("accounts");

        await PlanPageSteps.OpenAsync(page, id);
        await CheckAsync("tree");
        // Every tab in sight (a clipped tab is not an overflow of the page); on a phone the bar is one row that scrolls
        // sideways, so there a tab may be off to the side but the selected one never is.
        var tabsOutOfSight = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.ippon-tabs [role=tab]')].filter(t => {
              const content = t.closest('.mud-tabs-tabbar-content'), r = t.getBoundingClientRect(), bar = content.getBoundingClientRect();
              const scrolls = getComputedStyle(content).overflowX === 'auto';
              if (scrolls && t.getAttribute('aria-selected') !== 'true') return false;
              return r.left < bar.left - 1 || r.right > bar.right + 1; }).map(t => t.textContent.trim())
            """);
        found.AddRange(tabsOutOfSight.Select(t => $"tab bar: {t} scrolled out of sight"));
        await Screenshots.SaveAsync(page, "screens-tree" + suffix);
        foreach (var tab in new[] { "ガイド", "アクション", "最適化", "実績", "レビュー", "シナリオ", "YAML", "履歴" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Tab, new() { Name = tab })).ToHaveAttributeAsync("aria-selected", "true");
            await CheckAsync(tab);
            if (tab == "レビュー") await Screenshots.SaveAsync(page, "screens-review" + suffix);
        }
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task Phone_Tabs_AreOneRowThatScrollsSideways_AndTheSelectedTabStaysInSight()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(390, 844);
        await PlanPageSteps.OpenAsync(page, id);
        var tabs = page.Locator(".ippon-tabs [role=tab]");

        // One row, readable: every tab on the same line, 14 px text, a bar no taller than a thumb's reach.
        var rows = await tabs.EvaluateAllAsync<double[]>("ts => [...new Set(ts.map(t => Math.round(t.getBoundingClientRect().top)))]");
        Assert.Single(rows);
        Assert.Equal("14px", await tabs.First.EvaluateAsync<string>("t => getComputedStyle(t).fontSize"));
        var height = await page.Locator(".ippon-tabs .mud-tabs-tabbar").EvaluateAsync<double>("b => b.getBoundingClientRect().height");
        Assert.True(height <= 56, $"the tab bar is {height} px tall");

        // The last tab is off to the side; scrolled to and picked, it is selected and in sight.
        var history = page.GetByRole(AriaRole.Tab, new() { Name = "履歴" });
        Assert.True(await OutOfSightAsync(history), "履歴 should start off to the side at 390 px");
        await history.ClickAsync();   // Playwright scrolls it into view, as a thumb would
        await Expect(history).ToHaveAttributeAsync("aria-selected", "true");
        Assert.False(await OutOfSightAsync(history));
        await Screenshots.SaveAsync(page, "tabs-phone-history");

        // Picked by the keyboard from the start of the bar (the bar scrolled back), the selected tab is brought into sight.
        // The click's own smooth scroll may still be running: set the bar back to its start until it stays there.
        await page.WaitForFunctionAsync("""
            () => { const b = document.querySelector('.ippon-tabs .mud-tabs-tabbar-content'); b.scrollLeft = 0;
                    const t = [...document.querySelectorAll('.ippon-tabs [role=tab]')].find(x => x.textContent.trim() === '履歴');
                    const r = t.getBoundingClientRect(), c = b.getBoundingClientRect(); return r.left < c.left - 1 || r.right > c.right + 1; }
            """, null, new() { PollingInterval = 100 });
        Assert.True(await OutOfSightAsync(history));
        await page.GetByRole(AriaRole.Tab, new() { Name = "YAML" }).DispatchEventAsync("click");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "YAML" })).ToHaveAttributeAsync("aria-selected", "true");
        await page.WaitForFunctionAsync("""
            () => { const t = [...document.querySelectorAll('.ippon-tabs [role=tab]')].find(x => x.textContent.trim() === 'YAML');
                    const r = t.getBoundingClientRect(), b = t.closest('.mud-tabs-tabbar-content').getBoundingClientRect();
                    return r.left >= b.left - 1 && r.right <= b.right + 1; }
            """);
    }

    static Task<bool> OutOfSightAsync(ILocator tab) => tab.EvaluateAsync<bool>("""
        t => { const r = t.getBoundingClientRect(), b = t.closest('.mud-tabs-tabbar-content').getBoundingClientRect();
               return r.left < b.left - 1 || r.right > b.right + 1; }
        """);

    [Fact]
    public async Task Phone_AppBar_PutsTheLinksAndTheLanguageInOneMenu()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await Expect(page.Locator("[data-testid=audit-link]")).ToBeHiddenAsync();
        await page.Locator("[data-testid=bar-menu]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "監査ログ" })).ToBeVisibleAsync();
        await page.Locator("[data-testid=bar-menu-language]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h5").First).ToContainTextAsync("Plans");
    }
}
