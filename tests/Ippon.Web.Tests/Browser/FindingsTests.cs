using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The findings panel: each finding next to its node, with the fix spelled out.</summary>
[Collection(BrowserTests.Name)]
public sealed class FindingsTests(BrowserFixture browser)
{
    [Fact]
    public async Task AddKpis_UntilOneOwnerHasFour_ShowsTooManyKpis()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        foreach (var name in new[] { "訪問数", "提案書数" })
        {
            await Expect(page.Locator("[data-testid=finding-too-many-kpis]")).ToHaveCountAsync(0);
            await page.Locator("[data-testid=add-kpi]").ClickAsync();
            await page.Locator("[data-testid=new-name]").FillAsync(name);
            await page.Locator("[data-testid=new-owner]").FillAsync("営業部");
            await page.Locator("[data-testid=add-confirm]").ClickAsync();
            await Expect(page.Locator("[data-testid=add-form]")).ToBeHiddenAsync();
        }
        var finding = page.Locator("[data-testid=finding-too-many-kpis]");
        await Expect(finding).ToContainTextAsync("営業部 のKPIが 4 個あります");
        await Expect(finding).ToContainTextAsync("3 個に絞り");
        // The ranking beside it: the two KPIs that reach the KGI first, the unconnected ones at the bottom.
        var ranking = finding.Locator(".ippon-impact-row");
        await Expect(ranking).ToHaveCountAsync(4);
        await Expect(ranking.Nth(0)).ToContainTextAsync("±");
        await Expect(ranking.Nth(3)).ToContainTextAsync("つながっていない");
        await Expect(ranking.Nth(3)).ToContainTextAsync("つなぐか参考指標へ");
        await Expect(ranking.Nth(0)).ToContainTextAsync("残す");
        await Expect(page.Locator("[data-testid=finding-unconnected-metric]").First).ToContainTextAsync("訪問数");
        await page.Locator("[data-testid='node-提案書数']").ClickAsync(); // the new KPI (its id is its name) was selected: unselect it to see every finding
        await Expect(page.Locator("[data-testid=node-editor]")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, "findings");

        // A finding selects its node: the editor opens on it.
        await page.Locator("[data-testid=finding-unconnected-metric]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=node-editor]")).ToContainTextAsync("訪問数");
    }

    [Fact]
    public async Task ActionsTable_OverCapacity_IsRed()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "calls", "people", "2");
        await Expect(page.Locator("[data-testid=finding-over-capacity]")).ToContainTextAsync("架電");
        // 10,000 calls by 2 people over 240 days is 20.8333 a day: read as the page shows numbers, exact in the tooltip (and in the CLI).
        var message = page.Locator("[data-testid=finding-over-capacity] .ippon-finding-fix");
        await Expect(message).ToContainTextAsync("1人1日 約21件 になりますが、キャパシティは1人1日 15件 です");
        await Expect(message).Not.ToContainTextAsync("20.8333");
        await Expect(message).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"1人1日 20\.8333 \(≒21\)"));
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=load-calls]")).ToHaveTextAsync("139%");
        await Expect(page.Locator("[data-testid=action-calls]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ippon-over"));
    }
}
