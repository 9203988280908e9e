using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The plan list: create from a template, import (refusing a 10 MB file in place), delete with undo.</summary>
[Collection(BrowserTests.Name)]
public sealed class PlanListTests(BrowserFixture browser)
{
    [Fact]
    public async Task Create_FromTemplate_OpensTheNewPlan()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("[data-testid=create]").ClickAsync();
        await page.Locator("[data-testid=create-sales-100m]").ClickAsync();
        await Expect(page.Locator("[data-testid=plan-title]")).ToContainTextAsync("年間売上1億円計画");
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v1");
    }

    [Fact]
    public async Task Import_TenMegabytes_IsRefusedInPlace()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("[data-testid=plan-row]").First.WaitForAsync();
        var before = await page.Locator("[data-testid=plan-row]").CountAsync();
        await page.Locator("[data-testid=import]").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "huge.yaml",
            MimeType = "application/yaml",
            Buffer = new byte[10 * 1024 * 1024],
        });
        await Expect(page.Locator("[data-testid=error]")).ToContainTextAsync("10 MB");
        await page.ReloadAsync();
        await page.Locator("[data-testid=plan-row]").First.WaitForAsync();
        Assert.Equal(before, await page.Locator("[data-testid=plan-row]").CountAsync());
    }

    [Fact]
    public async Task Import_BrokenYaml_ShowsLineAndColumn()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("[data-testid=import]").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "broken.yaml",
            MimeType = "application/yaml",
            Buffer = System.Text.Encoding.UTF8.GetBytes("plan: 壊れた計画\nmetrics:\n  sales: { name: 売上, role: kgi, formula: a + , target: 1000 }\n"),
        });
        await Expect(page.Locator("[data-testid=error]")).ToContainTextAsync("3行");
    }

    [Fact]
    public async Task Delete_ThenUndo_KeepsThePlan()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var row = page.Locator($"[data-testid=plan-row]:has(a[href='/plans/{id}'])");
        await row.Locator("[data-testid=delete]").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        await page.Locator("[data-testid=undo]").ClickAsync();
        await Expect(row).ToHaveCountAsync(1);
    }
}
