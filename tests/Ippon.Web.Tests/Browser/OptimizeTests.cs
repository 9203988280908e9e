using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The 最適化 tab: the current mix next to the optimal one, the smallest fixes when nothing fits, and "apply this mix" into the draft.</summary>
[Collection(BrowserTests.Name)]
public sealed class OptimizeTests(BrowserFixture browser)
{
    static ILocator Cell(IPage page, string action, string cell) => page.Locator($"[data-testid=optimize-{action}] [data-testid={cell}]");

    [Fact]
    public async Task Optimize_SeedPlan_ApplyPutsTheShownMixIntoTheDraftAndSaveMakesANewVersion()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "最適化" }).ClickAsync();

        // The seed plan has no costs or hours: the panel says so, and shows a mix that covers the 1,000 leads within the limits.
        await Expect(page.Locator("[data-testid=optimize-no-costs]")).ToBeVisibleAsync();
        await Expect(Cell(page, "webinars", "current")).ToHaveTextAsync("6回");
        await Expect(Cell(page, "seo_articles", "current")).ToHaveTextAsync("12本");
        await Expect(Cell(page, "calls", "optimal")).ToHaveTextAsync("10,000件");
        var webinars = await Cell(page, "webinars", "optimal").InnerTextAsync();
        var articles = await Cell(page, "seo_articles", "optimal").InnerTextAsync();
        Assert.NotEqual("6回", webinars);
        Assert.True(Count(webinars) * 100 + Count(articles) * 34 >= 1_000, $"{webinars} and {articles} must give 1,000 leads");
        await Screenshots.SaveAsync(page, "optimize-seed-1440", wholePage: true);

        await page.Locator("[data-testid=optimize-apply]").ClickAsync();

        // The draft now holds the mix: the panel's current column, the actions table, the unsaved-changes chip.
        await Expect(Cell(page, "webinars", "current")).ToHaveTextAsync(webinars);
        await Expect(Cell(page, "seo_articles", "current")).ToHaveTextAsync(articles);
        await Expect(page.Locator("[data-testid=optimize-same]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        await Expect(page.Locator("input[data-testid=summary]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^最適化 \\(費用最小\\): ウェビナー開催 6回 → "));
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=action-webinars] td").Nth(4)).ToHaveTextAsync(webinars);
        await Expect(page.Locator("[data-testid=action-seo_articles] td").Nth(4)).ToHaveTextAsync(articles);

        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        var saved = await browser.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/plans/{id}?version=2");
        Assert.StartsWith("最適化 (費用最小)", saved.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_TeamsPlan_ShowsTheCheaperMixWithTeamLoads()
    {
        var id = await browser.CreatePlanAsync("sales-100m-teams");
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "最適化" }).ClickAsync();

        // docs/optimize.md's worked example: 24 articles and 2 webinars, 330万円 instead of 390万円; marketing 336 h → 272 h.
        await Expect(Cell(page, "seo_articles", "optimal")).ToHaveTextAsync("24本");
        await Expect(Cell(page, "webinars", "optimal")).ToHaveTextAsync("2回");
        await Expect(page.Locator("[data-testid=optimize-summary]")).ToContainTextAsync("330万円 (今の組み合わせでは 390万円、差額 60万円)");
        await Expect(page.Locator("[data-testid=optimize-team-マーケティング部]")).ToContainTextAsync("336時間");
        await Expect(page.Locator("[data-testid=optimize-team-マーケティング部]")).ToContainTextAsync("272時間");
        await Screenshots.SaveAsync(page, "optimize-teams-1440", wholePage: true);

        await page.Locator("[data-testid=optimize-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=optimize-summary]")).ToContainTextAsync("330万円 (今の組み合わせでは 330万円、差額 0円)");
        await Expect(Cell(page, "seo_articles", "current")).ToHaveTextAsync("24本");

        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "optimize-teams-390", wholePage: true);
        // At 390 px the tables scroll inside their box; the page itself does not scroll sideways.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page overflows sideways at 390 px");
    }

    [Fact]
    public async Task Optimize_WhenNothingFits_ShowsTheSmallestFixesInEnglish()
    {
        var id = await browser.CreatePlanAsync("sales-100m-teams");
        await browser.ColleagueSavesAsync(id, "win_rate", new { value = "15%" });
        var page = await browser.NewPageAsync(1440, 900, "en-US");
        await page.GotoAsync("/language/en?return=/");
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Optimize" }).ClickAsync();

        var fixes = page.Locator("[data-testid=optimize-fixes]");
        await Expect(fixes).ToContainTextAsync("add 100 h to 営業部 (0.2778 people ≈ 1)");
        await Expect(fixes).ToContainTextAsync("from 15% to 16.2%");
        await Expect(page.Locator("[data-testid=optimize-apply]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "optimize-infeasible-1440-en", wholePage: true);
    }

    static int Count(string text) => int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
}
