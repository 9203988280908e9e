using System.Net.Http.Json;
using Ippon.Files.Plans;
using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// The page matches the authorization: a department editor can change what their department owns and sees the rest
/// read-only with the reason (tree node editor, action table and editor, actuals grid); a viewer sees everything
/// read-only. The server still refuses on its own (AuthorizationMatrixTests); this is what a person sees.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DepartmentEditorTests(BrowserFixture browser)
{
    [Fact]
    public async Task EditorOfSales_EditsDealsAndSeesLeadsOfMarketingReadOnly()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsAsync("editor", "営業部");
        await PlanPageSteps.OpenAsync(page, id);

        // リード数 (leads) belongs to マーケティング部: every field read-only, the reason shown, no remove button.
        await page.Locator("[data-testid=node-leads]").ClickAsync();
        await Expect(page.Locator("[data-testid=read-only-reason]")).ToContainTextAsync("マーケティング部 の担当です");
        foreach (var field in new[] { "field-name", "field-formula", "field-value", "field-target", "field-owner", "field-deadline", "field-unit" })
            await Expect(page.Locator($"[data-testid={field}]")).Not.ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=remove-metric]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "editor-read-only");

        // 商談数 (deals) belongs to 営業部: editable (but its owner: planners move metrics between departments).
        await page.Locator("[data-testid=node-deals]").ClickAsync();
        await Expect(page.Locator("[data-testid=read-only-reason]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=field-name]")).ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=field-formula]")).ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=field-owner]")).Not.ToBeEditableAsync();
        await page.Locator("[data-testid=field-name]").FillAsync("商談数 (営業部)");
        await page.Locator("[data-testid=field-name]").PressAsync("Enter");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        var saved = PlanReader.Parse((await browser.Api.DetailAsync(id)).Yaml).Plan!;
        Assert.Equal(("商談数 (営業部)", "リード数"), (saved.Find("deals")!.Name, saved.Find("leads")!.Name));

        // Actions: 架電 (calls) is 営業部's, ウェビナー開催 (webinars) マーケティング部's.
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=locked-webinars]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=locked-calls]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=action-webinars]").ClickAsync();
        await Expect(page.Locator("[data-testid=read-only-reason]")).ToContainTextAsync("マーケティング部");
        await Expect(page.Locator("[data-testid=field-per-unit]")).Not.ToBeEditableAsync();
        // The row says it is selected before the editor is asked: a failure then tells a lost click from a stale editor.
        await Expect(page.Locator("[data-testid=action-webinars]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ippon-row-selected"));
        await page.Locator("[data-testid=action-calls]").ClickAsync();
        await Expect(page.Locator("[data-testid=action-calls]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ippon-row-selected"));
        await Expect(page.Locator("[data-testid=field-per-unit]")).ToHaveValueAsync("1%");
        await Expect(page.Locator("[data-testid=field-per-unit]")).ToBeEditableAsync();

        // Actuals: the deals row takes a value, the leads row is read-only with a lock.
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).Not.ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=locked-leads]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=locked-deals]")).ToHaveCountAsync(0);
        var deals = page.Locator("[data-testid=cell-deals-Q1]");
        await deals.FillAsync("20");
        await deals.PressAsync("Tab");
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-saved]")).ToBeVisibleAsync();
        var rows = await browser.Api.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{id}/actuals", ApiJson.Options);
        Assert.Equal(new ActualRow("Q1", "deals", 20m), Assert.Single(rows!));
    }

    [Fact]
    public async Task Viewer_SeesEveryFieldReadOnlyAndNoWayToChangeAnything()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsAsync("viewer");
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-deals]").ClickAsync();
        await Expect(page.Locator("[data-testid=read-only-reason]")).ToContainTextAsync("閲覧者");
        await Expect(page.Locator("[data-testid=field-name]")).Not.ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=add-kpi]")).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=cell-deals-Q1]")).Not.ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=paste-open]")).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "YAML" }).ClickAsync();
        await Expect(page.Locator("[data-testid=yaml-text]")).Not.ToBeEditableAsync();
        await Expect(page.Locator("[data-testid=yaml-apply]")).ToBeDisabledAsync();
    }
}
