using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>A reminder's link (<c>?tab=actuals&amp;metric=…&amp;period=…</c>) opens the actuals grid on the editor's own cells: marked, scrolled to, the cursor in the first.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReminderLinkTests(BrowserFixture browser)
{
    [Fact]
    public async Task AReminderLink_OpensTheActualsOnTheLinkedCells_WithTheCursorInTheFirstOneTheEditorOwns()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsAsync("editor", "営業部");
        await page.SetViewportSizeAsync(390, 844); // a phone: the grid scrolls sideways to Q3
        // The link names リード数 (マーケティング部's: read-only for this editor) first, then 商談数 (営業部's).
        await page.GotoAsync($"/plans/{id}?tab=actuals&metric=leads,deals&period=Q3");

        var grid = page.Locator("[data-testid=actuals]");
        await Expect(grid).ToHaveAttributeAsync("data-focused", "true");
        await Expect(grid).ToHaveAttributeAsync("data-focus-cell", "cell-deals-Q3");
        var cell = page.Locator("[data-testid=cell-deals-Q3]");
        await Expect(cell).ToBeFocusedAsync();
        await Expect(cell).ToBeInViewportAsync();
        await Expect(page.Locator("[data-testid=row-leads]")).ToHaveAttributeAsync("data-linked", "true");
        await Expect(page.Locator("[data-testid=row-deals]")).ToHaveAttributeAsync("data-linked", "true");
        await Expect(page.Locator("[data-testid=row-orders]")).Not.ToHaveAttributeAsync("data-linked", "true");
        await Screenshots.SaveAsync(page, "reminder-link-mobile");

        // Typing goes straight into that cell.
        await page.Keyboard.TypeAsync("31");
        await Expect(cell).ToHaveValueAsync("31");
        await page.Locator("[data-testid=save-actuals]").ClickAsync();
        await Expect(page.Locator("[data-testid=actuals-saved]")).ToContainTextAsync("1 個の実績を保存しました");
    }
}
