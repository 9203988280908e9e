using System.Diagnostics;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The tree in real headless Chromium: every edit recalculates the whole line on screen before saving.</summary>
[Collection(BrowserTests.Name)]
public sealed class TreeTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task SeedPlan_WinRate15Percent_Shows134DealsAnd1340Leads()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("[data-testid=open-plan]", new() { HasText = "年間売上1億円計画" }).First.ClickAsync();
        await page.Locator("[data-testid=tree]").WaitForAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");

        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        var value = page.Locator("[data-testid=field-value]");
        await Expect(value).ToHaveValueAsync("20%");
        await value.FillAsync("15%");
        var watch = Stopwatch.StartNew();
        await value.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        watch.Stop();
        await Expect(page.Locator("[data-testid=node-leads]")).ToContainTextAsync("目標 1,340件");
        await Expect(page.Locator("[data-testid=node-calls]")).ToContainTextAsync("13,400件");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        output.WriteLine($"edit → 134 deals on screen: {watch.ElapsedMilliseconds} ms; server {await page.Locator("[data-testid=recalc-time]").TextContentAsync()}");

        // The derived target explains itself: the chain of formulas from the KGI down to the deals.
        await page.Locator("[data-testid=node-deals]").ClickAsync();
        await Expect(page.Locator("[data-testid=derivation]")).ToContainTextAsync("20件 ÷ 15% ≒ 133.33件 → 134件 (切り上げ)");
        await Screenshots.SaveAsync(page, "tree");
    }

    [Fact]
    public async Task Save_Edit_IsANewVersionThatSurvivesAReload()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "win_rate", "value", "15%");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("134件");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("win_rate value 20% → 15%");

        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 134件");
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
    }

    [Fact]
    public async Task Formula_Broken_ShowsTheColumnAndChangesNothing()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-orders]").ClickAsync();
        var formula = page.Locator("[data-testid=field-formula]");
        await Expect(formula).ToHaveValueAsync("商談数 × 受注率");
        await formula.FillAsync("deals * * win_rate");
        await Expect(page.Locator("[data-testid=formula-error]")).ToContainTextAsync("9文字目");
        await Expect(page.Locator(".ippon-caret-at")).ToHaveTextAsync("*");
        await Expect(page.Locator("[data-testid=node-orders]")).ToContainTextAsync("目標 20件");
        await Expect(page.Locator("[data-testid=save]")).ToBeDisabledAsync();

        await formula.FillAsync("deals * win_ra");
        await Expect(page.Locator("[data-testid=formula-error]")).ToContainTextAsync("win_rate");
        await page.Locator("[data-testid=suggest-受注率]").ClickAsync();
        await Expect(formula).ToHaveValueAsync("deals * 受注率");
        await Expect(page.Locator("[data-testid=formula-error]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Formula_Cycle_IsRefusedInPlace()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-leads]").ClickAsync();
        await page.Locator("[data-testid=field-formula]").FillAsync("orders * 50");
        await Expect(page.Locator("[data-testid=formula-error]")).ToContainTextAsync("循環");
        await Expect(page.Locator("[data-testid=node-leads]")).ToContainTextAsync("目標 1,000件");
        await Expect(page.Locator("[data-testid=save]")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Value_NegativeCount_IsRefusedInPlace()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "leads", "value", "-500");
        await Expect(page.Locator(".mud-input-control:has([data-testid=field-value])")).ToContainTextAsync("マイナス");
        await Expect(page.Locator("[data-testid=save]")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Name_WithScript_IsShownAsTextAndNeverRuns()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-deals]").ClickAsync();
        const string name = "<script>window.__ippon_xss=1</script><b>商談</b>";
        await page.Locator("[data-testid=field-name]").FillAsync(name);
        await page.Locator("[data-testid=field-name]").PressAsync("Enter");
        await Expect(page.Locator("[data-testid=node-deals] title")).ToHaveTextAsync($"{name}: 目標 100件 · 計画 100件");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=node-deals] title")).ToHaveTextAsync($"{name}: 目標 100件 · 計画 100件");
        Assert.Equal(0, await page.Locator("[data-testid=tree] script").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=tree] b").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__ippon_xss === undefined"));
    }
}
