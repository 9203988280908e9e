using System.Net.Http.Json;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// The review tab on the seed plan with Q1–Q2 actuals of 200 leads, 20 deals, 3 orders and 600万円 new revenue a quarter
/// (win rate 15% against 20%): one landing with its basis, adopting the re-plan keeps Q1–Q2 as planned.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReviewYearTests(BrowserFixture browser)
{
    async Task<Guid> SeedWithActualsAsync()
    {
        var id = await browser.CreatePlanAsync();
        using var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new
        {
            rows = new object[]
            {
                new { period = "Q1", metric = "leads", value = 200 }, new { period = "Q2", metric = "leads", value = 200 },
                new { period = "Q1", metric = "deals", value = 20 }, new { period = "Q2", metric = "deals", value = 20 },
                new { period = "Q1", metric = "orders", value = 3 }, new { period = "Q2", metric = "orders", value = 3 },
                new { period = "Q1", metric = "new_revenue", value = 6_000_000 }, new { period = "Q2", metric = "new_revenue", value = 6_000_000 },
            },
        });
        saved.EnsureSuccessStatusCode();
        return id;
    }

    static async Task<IPage> OpenReviewAsync(BrowserFixture browser, Guid id, int width = 1440)
    {
        var page = await browser.NewPageAsync(width, 900);
        await BrowserFixture.OpenPlanAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "レビュー" }).ClickAsync();
        await page.Locator("[data-testid=landing-forecast]").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Adopt_KeepsQ1Q2AsPlannedAndSaysSo_LandingStatesItsBasis()
    {
        var id = await SeedWithActualsAsync();
        var page = await OpenReviewAsync(browser, id);

        // Before: 4,200万 done + 5,000万 planned for Q3–Q4; at the pace to date (84%) 8,400万, each explained.
        await Expect(page.Locator("[data-testid=landing-forecast]")).ToHaveTextAsync("9,200万円");
        await Expect(page.Locator("[data-testid=landing-basis]")).ToContainTextAsync("4,200万円");
        await Expect(page.Locator("[data-testid=landing-basis]")).ToContainTextAsync("残りが計画どおりなら");
        await Expect(page.Locator("[data-testid=landing-pace]")).ToContainTextAsync("8,400万円");
        await Expect(page.Locator("[data-testid=landing-pace]")).ToContainTextAsync("計画比 84%");
        // The act-on effect is the KGI's money, said so: never a count shown in yen.
        await Expect(page.Locator("[data-testid=focus-effect-leads]")).ToContainTextAsync("年間売上への影響");
        await Expect(page.Locator("[data-testid=focus-effect-leads]")).ToContainTextAsync("350万円");
        await Expect(page.Locator("[data-testid=kept]")).ToHaveCountAsync(0);

        await page.Locator("[data-testid=adopt]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await Expect(page.Locator("[data-testid=adopted]")).ToContainTextAsync("Q2 までの計画はそのままで、Q3 以降を再計画しました");
        await Expect(page.Locator("[data-testid=kept]")).ToContainTextAsync("Q1–Q2 は再計画 (Q2 で採用) の前の計画のまま評価しています");
        // The closed quarters are judged as before (leads 80% of 500), the landing is what the re-plan plans.
        await Expect(page.Locator("[data-testid=landing-forecast]")).ToHaveTextAsync("1億20万円");
        await Expect(page.Locator("[data-testid=landing-basis]")).ToContainTextAsync("再計画どおりなら");
        await Expect(page.Locator("[data-testid=landing-pace]")).ToContainTextAsync("9,089万円"); // 9,088万8,000円 shown to the 万 (display rounding)
        await Expect(page.Locator("[data-testid=focus-effect-leads]")).ToContainTextAsync("350万円");
        await Expect(page.Locator("[data-testid=adopt]")).ToBeDisabledAsync();
    }
}
