using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The plan file tab: what the tree does not edit (title, scenarios) is edited as text, errors at their line.</summary>
[Collection(BrowserTests.Name)]
public sealed class YamlTests(BrowserFixture browser)
{
    [Fact]
    public async Task Apply_NewTitle_BecomesTheDraft()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "YAML" }).ClickAsync();
        var text = page.Locator("[data-testid=yaml-text]");
        var yaml = await text.InputValueAsync();
        await text.FillAsync(yaml.Replace("plan: 年間売上1億円計画", "plan: 年間売上1億円計画 (改訂)", StringComparison.Ordinal));
        await page.Locator("[data-testid=yaml-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=plan-title]")).ToHaveTextAsync("年間売上1億円計画 (改訂)");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Apply_BrokenYaml_ShowsTheLineAndKeepsTheDraft()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "YAML" }).ClickAsync();
        var text = page.Locator("[data-testid=yaml-text]");
        var yaml = await text.InputValueAsync();
        var broken = yaml.Replace("deals * win_rate", "deals * * win_rate", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("* *", StringComparison.Ordinal)) + 1;
        await text.FillAsync(broken);
        await page.Locator("[data-testid=yaml-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=yaml-errors]")).ToContainTextAsync($"{line}行");
        await Expect(page.Locator("[data-testid=save]")).ToBeDisabledAsync();
    }
}
