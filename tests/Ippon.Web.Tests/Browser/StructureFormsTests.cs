using System.Net.Http.Json;
using Ippon.Files.Plans;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// What the tree and the 設定 tab change beyond one metric's fields: moving a metric under another parent (both
/// formulas shown before they change, then saved), the horizon, and the CRM mapping as a form (into the draft).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StructureFormsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Move_RepeatRevenueUnderNewRevenue_ShowsBothFormulasThenSavesThem()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);

        await page.Locator("[data-testid=node-repeat_revenue]").ClickAsync();
        await page.Locator("[data-testid=move-open]").ClickAsync();
        await page.Locator("[data-testid=move-to]").SelectOptionAsync(new SelectOptionValue { Label = "新規売上" });
        await Expect(page.Locator("[data-testid=move-from-change]")).ToHaveTextAsync("年間売上 = 既存顧客リピート売上 + 新規売上 → 新規売上");
        await Expect(page.Locator("[data-testid=move-to-change]")).ToHaveTextAsync("新規売上 = 新規受注数 × 平均受注単価 → 新規受注数 × 平均受注単価 + 既存顧客リピート売上");
        await Screenshots.SaveAsync(page, "move-metric");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "move-metric-phone", wholePage: true);
        await page.SetViewportSizeAsync(1440, 900);

        await page.Locator("[data-testid=move-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=move-preview]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        var saved = await LatestAsync(id);
        Assert.Equal(("new_revenue", "orders * unit_price + 既存顧客リピート売上"), (saved.Find("revenue")!.Formula!.Text, saved.Find("new_revenue")!.Formula!.Text));
    }

    [Fact]
    public async Task SettingsTab_HorizonAndCrmMapping_GoIntoTheDraftAndAMistakeIsShownUnderItsField()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 1000);
        await page.GotoAsync($"/plans/{id}?tab=settings");
        await page.Locator("[data-testid=plan-settings]").WaitForAsync();
        await Expect(page.Locator("[data-testid=horizon-start]")).ToHaveValueAsync("2026-04-01");
        await Expect(page.Locator("[data-testid=crm-row]")).ToHaveCountAsync(4);

        // Horizon: FY2027 by month.
        await page.Locator("[data-testid=horizon-fy]").SelectOptionAsync("2027");
        await page.Locator("[data-testid=horizon-period]").SelectOptionAsync("month");
        await page.Locator("[data-testid=horizon-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=horizon-now]")).ToContainTextAsync("2027-04-01 〜 2028-03-31、12 期");

        // CRM: a stage without a name is refused under its field; then アポ counts toward リード数 and 商談数.
        await page.Locator("[data-testid=crm-add]").ClickAsync();
        await page.Locator("[data-testid=crm-metric-4-leads]").CheckAsync();
        await page.Locator("[data-testid=crm-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=crm-row]").Nth(4)).ToContainTextAsync("ステージ名を入れてください");
        await page.Locator("[data-testid=crm-stage-4]").FillAsync("アポ");
        await page.Locator("[data-testid=crm-stage-4]").BlurAsync();
        await page.Locator("[data-testid=crm-metric-4-deals]").CheckAsync();
        await page.Locator("[data-testid=crm-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=crm-applied]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "settings-crm", wholePage: true);
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "settings-crm-phone", wholePage: true);
        var overflow = await page.EvaluateAsync<int>("() => document.querySelector('[data-testid=plan-settings]').scrollWidth - document.querySelector('[data-testid=plan-settings]').clientWidth");
        Assert.True(overflow <= 0, $"the settings are {overflow} px wider than the phone's screen");
        await page.SetViewportSizeAsync(1440, 1000);

        // The draft holds both, and they alone are a change to save (PlanDiff lists the plan's settings).
        await Expect(page.Locator("[data-testid=crm-stage-4]")).ToHaveValueAsync("アポ");
        await Expect(page.Locator("[data-testid=crm-row]")).ToHaveCountAsync(5);
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        var saved = await LatestAsync(id);
        Assert.Equal((new DateOnly(2027, 4, 1), Ippon.Plans.PeriodKind.Month), (saved.Horizon!.Start, saved.Horizon.Period));
        Assert.Equal(["leads", "deals"], saved.Crm!.Stage("アポ")!.Metrics.ToArray());
    }

    async Task<Ippon.Plans.Plan> LatestAsync(Guid id) =>
        PlanReader.Parse((await browser.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/plans/{id}")).GetProperty("yaml").GetString()!).Plan!;
}
