using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Scenarios as plans: the seed's stretch (2,000 leads) shows its own volumes, loads, findings and name.</summary>
[Collection(BrowserTests.Name)]
public sealed class ScenarioPlanTests(BrowserFixture browser)
{
    [Fact]
    public async Task Actions_WithTheStretchPicked_ShowTheStretchsOwnVolumesLoadsAndFindings()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=action-webinars] td").Nth(4)).ToHaveTextAsync("6回");

        await page.Locator("[data-testid=actions-scenario-stretch]").ClickAsync();

        await Expect(page.Locator("[data-testid=actions-scenario-stretch]")).ToHaveTextAsync("ストレッチ目標");
        await Expect(page.Locator("[data-testid=action-webinars] td").Nth(4)).ToHaveTextAsync("12回");
        await Expect(page.Locator("[data-testid=action-seo_articles] td").Nth(4)).ToHaveTextAsync("24本");
        await Expect(page.Locator("[data-testid=action-calls] td").Nth(4)).ToHaveTextAsync("20,000件");
        await Expect(page.Locator("[data-testid=load-calls]")).ToHaveTextAsync("139%");   // 20,000 of 14,400 = 138.89%, whole percentages by default
        await Expect(page.Locator("[data-testid=actions-scenario-findings] [data-testid=finding-over-capacity]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "scenario-actions-1440", wholePage: true);

        await page.Locator("[data-testid=actions-scenario-base]").ClickAsync();
        await Expect(page.Locator("[data-testid=action-calls] td").Nth(4)).ToHaveTextAsync("10,000件");
        await Expect(page.Locator("[data-testid=actions-scenario-findings]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Scenarios_TheStretchHasItsNameAndItsActionsUnderTheirOwnHeader()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "シナリオ" }).ClickAsync();

        await Expect(page.Locator("th[data-testid=scenario-stretch]")).ToHaveTextAsync("ストレッチ目標");
        var head = page.Locator("[data-testid=scn-actions-head] th");
        await Expect(head.Nth(0)).ToHaveTextAsync("アクション");
        await Expect(head.Nth(1)).ToHaveTextAsync("実施量");
        await Expect(head.Nth(2)).ToHaveTextAsync("負荷");
        var webinars = page.Locator("[data-testid=scn-row-webinars] td");
        await Expect(webinars.Nth(1)).ToHaveTextAsync("6回");
        await Expect(webinars.Nth(3)).ToHaveTextAsync("12回");
        await Expect(page.Locator("[data-testid=scn-row-calls] td").Nth(4)).ToHaveTextAsync("139%");
        await Expect(page.Locator("[data-testid=scn-findings] td").Nth(2)).ToContainTextAsync("エラー");
        await Screenshots.SaveAsync(page, "scenarios-as-plans-1440", wholePage: true);
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "scenarios-as-plans-390", wholePage: true);
    }

    [Fact]
    public async Task Optimize_WithTheStretchPickedOnTheActionsTab_OptimizesTheStretch_NotTheBasePlan()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await page.Locator("[data-testid=actions-scenario-stretch]").ClickAsync();
        await Expect(page.Locator("[data-testid=action-webinars] td").Nth(4)).ToHaveTextAsync("12回");

        await page.GetByRole(AriaRole.Tab, new() { Name = "最適化" }).ClickAsync();

        // The choice carries over: the stretch's 12 webinars and 24 articles now, and no mix makes its 20,000 calls fit.
        await Expect(page.Locator("[data-testid=optimize-scenario-stretch]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-testid=optimize-webinars] [data-testid=current]")).ToHaveTextAsync("12回");
        await Expect(page.Locator("[data-testid=optimize-seo_articles] [data-testid=current]")).ToHaveTextAsync("24本");
        await Expect(page.Locator("[data-testid=optimize-fixes]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=optimize-scenario-note]")).ToContainTextAsync("ストレッチ目標");
        await Screenshots.SaveAsync(page, "optimize-stretch-1440", wholePage: true);
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "optimize-stretch-390", wholePage: true);
        await page.SetViewportSizeAsync(1440, 900);

        await page.Locator("[data-testid=optimize-scenario-base]").ClickAsync();
        await Expect(page.Locator("[data-testid=optimize-webinars] [data-testid=current]")).ToHaveTextAsync("6回");
        await Expect(page.Locator("[data-testid=optimize-apply]")).ToBeEnabledAsync();
    }
}
