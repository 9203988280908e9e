using System.Net.Http.Json;
using Ippon.Files.Plans;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>Raising the KGI offers to split the KSFs again (keep their shares, or edit the split), and everything below follows.</summary>
[Collection(BrowserTests.Name)]
public sealed class ResplitTests(BrowserFixture browser)
{
    [Fact]
    public async Task KgiRaisedTo150M_KeepingShares_Splits90MAnd60MAndRecomputesOrdersDealsLeadsAndActions()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.Locator("[data-testid=resplit-offer]")).ToHaveCountAsync(0);
        await SetKgiTargetAsync(page, "1.5億");

        var offer = page.Locator("[data-testid=resplit-offer]");
        await Expect(offer).ToContainTextAsync("KGI「年間売上」の目標は 1億5,000万円 ですが、KSFの目標の合計は 1億円 のままです");
        await Expect(page.Locator("[data-testid=resplit-row-repeat_revenue]")).ToContainTextAsync("60%");
        await Expect(page.Locator("[data-testid=resplit-new-repeat_revenue]")).ToHaveTextAsync("9,000万円");
        await Expect(page.Locator("[data-testid=resplit-new-new_revenue]")).ToHaveTextAsync("6,000万円");
        await Expect(page.Locator("[data-testid=resplit-rule]")).ToContainTextAsync("端数は最後のKSF「新規売上」が受け持ちます");
        // Nothing below moved yet.
        await Expect(page.Locator("[data-testid=node-orders]")).ToContainTextAsync("目標 20件");
        await Screenshots.SaveAsync(page, "resplit-offer");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "resplit-offer-mobile");
        await page.SetViewportSizeAsync(1440, 900);

        await page.Locator("[data-testid=resplit-keep-shares]").ClickAsync();
        await Expect(offer).ToHaveCountAsync(0);
        // By hand: 6,000万 ÷ 200万 = 30 orders; ÷ 20% = 150 deals; ÷ 10% = 1,500 leads; 150 deals ÷ 1% = 15,000 calls.
        await Expect(page.Locator("[data-testid=node-repeat_revenue]")).ToContainTextAsync("目標 9,000万円");
        await Expect(page.Locator("[data-testid=node-new_revenue]")).ToContainTextAsync("目標 6,000万円");
        await Expect(page.Locator("[data-testid=node-orders]")).ToContainTextAsync("目標 30件");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 150件");
        await Expect(page.Locator("[data-testid=node-leads]")).ToContainTextAsync("目標 1,500件");
        await Expect(page.Locator("[data-testid=node-calls]")).ToContainTextAsync("15,000件");

        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        var saved = await LatestAsync(id);
        Assert.Equal((150_000_000m, 90_000_000m, 60_000_000m),
            (saved.Find("revenue")!.Target!.Value, saved.Find("repeat_revenue")!.Target!.Value, saved.Find("new_revenue")!.Target!.Value));
    }

    [Fact]
    public async Task KgiRaised_EditingTheSplitInEnglish_AnEmptyRowTakesTheRestAndUndoTakesItBack()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/language/en?return=/plans/{id}");
        await page.Locator("[data-testid=tree]").WaitForAsync();
        await SetKgiTargetAsync(page, "150000000");

        await Expect(page.Locator("[data-testid=resplit-offer]")).ToContainTextAsync("but its KSFs still add up to 100,000,000 JPY");
        await page.Locator("[data-testid=resplit-edit]").ClickAsync();
        await Expect(page.Locator("[data-testid=resplit-amount-0]")).ToHaveValueAsync("90,000,000 JPY");
        await page.Locator("[data-testid=resplit-amount-0]").FillAsync("100,000,000");
        await page.Locator("[data-testid=resplit-amount-1]").FillAsync("");
        await Expect(page.Locator("[data-testid=resplit-row-new_revenue]")).ToContainTextAsync("= 50,000,000 JPY");
        await page.Locator("[data-testid=resplit-amount-1]").BlurAsync(); // the field is left first: its blur redraws the offer, the click then lands on a still page
        await page.Locator("[data-testid=resplit-apply]").ClickAsync();

        // 5,000万 ÷ 200万 = 25 orders; ÷ 20% = 125 deals; ÷ 10% = 1,250 leads.
        await Expect(page.Locator("[data-testid=resplit-offer]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=node-new_revenue]")).ToContainTextAsync("50,000,000 JPY");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("Target 125");
        await Expect(page.Locator("[data-testid=node-leads]")).ToContainTextAsync("Target 1,250");

        // One edit: undo brings the offer back.
        await page.Locator("[data-testid=undo]").ClickAsync();
        await Expect(page.Locator("[data-testid=resplit-offer]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("Target 100");
    }

    static async Task SetKgiTargetAsync(IPage page, string target)
    {
        await page.Locator("[data-testid=node-revenue]").ClickAsync();
        await page.Locator("[data-testid=field-target]").FillAsync(target);
        await page.Locator("[data-testid=field-target]").PressAsync("Enter");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
    }

    async Task<Ippon.Plans.Plan> LatestAsync(Guid id) =>
        PlanReader.Parse((await browser.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/plans/{id}")).GetProperty("yaml").GetString()!).Plan!;
}
