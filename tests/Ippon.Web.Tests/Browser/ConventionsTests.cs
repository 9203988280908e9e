using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ippon.Testing;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// Japanese business conventions in the page: no internal words (ratio, count, JPY, rule ids, roles in English, YAML
/// positions in form errors), fiscal-year labels (2026年度 1Q (4–6月)), times in JST whatever the browser's zone, and
/// numbers without noise (69%, 0.049 for the SEO load, 1% for a one-in-a-hundred rate).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ConventionsTests(BrowserFixture browser)
{
    // What must never be read in the Japanese page: the plan file's words, rule ids, roles in English, the seed's English summary.
    static readonly string[] s_internalWords =
        ["ratio", "count", "JPY", "viewer", "editor", "planner", "unconnected-metric", "too-many-kpis", "sample plan", "value", "deleted"];

    static readonly Regex s_yamlPosition = new(@"\d+行 \d+列", RegexOptions.Compiled);

    static readonly TimeZoneInfo s_tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Fact]
    public async Task JapanesePage_OnEveryMainTab_ShowsNoInternalWords()
    {
        var id = await browser.CreatePlanAsync();
        // A change through the API (a version summary and audit entries), a KPI nobody connected (unconnected-metric), actuals (the review).
        await OkAsync(await browser.Api.PatchAsJsonAsync($"/api/plans/{id}/metrics/win_rate", new { value = "15%" }));
        await OkAsync(await browser.Api.PostAsJsonAsync($"/api/plans/{id}/metrics", new { id = "visits", name = "訪問数", role = "kpi", owner = "営業部", unit = "count" }));
        await OkAsync(await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new
        {
            rows = new object[]
            {
                new { period = "Q1", metric = "leads", value = 200 }, new { period = "Q1", metric = "deals", value = 20 },
                new { period = "Q1", metric = "orders", value = 3 }, new { period = "Q1", metric = "new_revenue", value = 6_000_000 },
            },
        }));
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);

        await AssertNoInternalWordsAsync(page, "ツリー");
        await Expect(page.Locator("[data-testid=findings]")).ToContainTextAsync("KGIに数式でつながっていません");
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await Expect(page.Locator("[data-testid=field-unit]")).ToHaveValueAsync("% (率)");
        await AssertNoInternalWordsAsync(page, "ツリー (指標の編集)");
        await page.Locator("[data-testid=node-leads]").ClickAsync();
        await Expect(page.Locator("[data-testid=field-unit]")).ToHaveValueAsync("件 (数)");

        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=actions-table]")).ToBeVisibleAsync();
        await AssertNoInternalWordsAsync(page, "アクション");
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=cell-leads-Q1]")).ToBeVisibleAsync();
        await AssertNoInternalWordsAsync(page, "実績");
        await page.GetByRole(AriaRole.Tab, new() { Name = "レビュー" }).ClickAsync();
        await Expect(page.Locator("[data-testid=landing]")).ToBeVisibleAsync();
        await AssertNoInternalWordsAsync(page, "レビュー");
        await page.GetByRole(AriaRole.Tab, new() { Name = "シナリオ" }).ClickAsync();
        await AssertNoInternalWordsAsync(page, "シナリオ");
        await page.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        await Expect(page.Locator("[data-testid=version-2]")).ToContainTextAsync("受注率 の値 20% → 15%");
        await AssertNoInternalWordsAsync(page, "履歴");

        await page.GotoAsync("/audit");
        await Expect(page.Locator("[data-testid=audit-row]").First).ToBeVisibleAsync();
        await Expect(page.Locator("tbody")).ToContainTextAsync("受注率");
        // The plans' rows (accounts made by other tests are named viewer-…, editor-…: people's names, not our words).
        var planRows = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('[data-testid=audit-row]')].filter(r => r.cells[2].innerText.trim()).map(r => [...r.cells].slice(3, 7).map(c => c.innerText).join('\\t')).join('\\n')");
        Assert.Contains("受注率", planRows, StringComparison.Ordinal);
        AssertNoInternalWords(planRows, "監査ログ");
    }

    [Fact]
    public async Task FormEditor_Error_SaysWhatIsWrongWithoutAPositionInTheFile()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        var value = page.Locator("[data-testid=field-value]");
        await value.FillAsync("150%");
        await value.PressAsync("Enter");

        var editor = page.Locator("[data-testid=node-editor]");
        await Expect(editor).ToContainTextAsync("0%〜100%");
        Assert.DoesNotMatch(s_yamlPosition, await editor.InnerTextAsync());
    }

    [Fact]
    public async Task Times_AreInJapanTime_EvenInABrowserSetToUtc()
    {
        var id = await browser.CreatePlanAsync();
        var versions = await browser.Api.GetFromJsonAsync<List<VersionInfo>>($"/api/plans/{id}/versions", ApiJson.Options);
        var saved = DateTime.SpecifyKind(versions![0].SavedAt, DateTimeKind.Utc);
        var jst = TimeZoneInfo.ConvertTimeFromUtc(saved, s_tokyo).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var utc = saved.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        await Expect(page.Locator("[data-testid=version-1]")).ToContainTextAsync(jst);
        Assert.DoesNotContain(utc, await page.Locator("[data-testid=version-1]").InnerTextAsync(), StringComparison.Ordinal);

        // The 表示 menu's UTC choice is remembered in a cookie and shows the stored time as it is.
        await page.Locator("[data-testid=display-menu]").ClickAsync();
        await page.Locator("[data-testid=display-utc]").ClickAsync();
        // The page reloads on the tab it was on (its URL says ?tab=history).
        await Expect(page.Locator("[data-testid=version-1]")).ToContainTextAsync(utc);
    }

    [Fact]
    public async Task Periods_AreFiscalQuartersWithTheirMonths()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        var head = page.Locator(".ippon-grid thead");
        await Expect(head).ToContainTextAsync("2026年度 1Q (4–6月)");
        await Expect(head).ToContainTextAsync("2026年度 4Q (1–3月)");

        await page.Locator("[data-testid=lang-en]").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Actuals" }).ClickAsync();
        await Expect(page.Locator(".ippon-grid thead")).ToContainTextAsync("FY2026 Q1 (Apr–Jun)");
    }

    [Fact]
    public async Task Numbers_AreShownWithoutNoise_AndTheSettingChangesOnlyWhatIsShown()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        var calls = page.Locator("[data-testid=action-calls]");
        await Expect(page.Locator("[data-testid=load-calls]")).ToHaveTextAsync("69%");                      // 69.44%
        await Expect(calls.Locator("td").Nth(4)).ToHaveAttributeAsync("title", "");                         // 10,000回 is exact: no tooltip
        var seo = page.Locator("[data-testid=action-seo_articles]");
        await Expect(seo.Locator("td").Nth(5)).ToHaveTextAsync("0.05");                                     // 12 articles / 240 days, was "0"
        await Expect(page.Locator("[data-testid=load-calls]")).ToHaveAttributeAsync("title", new Regex(@"^69\.4444"));  // the exact load in the tooltip
        await page.Locator("[data-testid=action-calls]").ClickAsync();
        await Expect(page.Locator("[data-testid=field-per-unit]")).ToHaveValueAsync("1%");                  // one deal per 100 calls, not 0.01

        // One decimal: the same plan, the same stored numbers, 69.4% on the page.
        await page.Locator("[data-testid=display-menu]").ClickAsync();
        await page.Locator("[data-testid=display-pct1]").ClickAsync();
        // The page reloads on the tab it was on (its URL says ?tab=actions).
        await Expect(page.Locator("[data-testid=load-calls]")).ToHaveTextAsync("69.4%");
        var json = await browser.Api.GetStringAsync($"/api/plans/{id}/calculation");
        Assert.Contains("0.6944", json, StringComparison.Ordinal);                                           // the API stays exact
    }

    [Theory]
    [InlineData(1440, 900, "conventions")]
    [InlineData(390, 844, "conventions-mobile")]
    public async Task Screenshot_ActionsAndHistory(int width, int height, string name)
    {
        var id = await browser.CreatePlanAsync();
        await browser.ColleagueSavesAsync(id, "win_rate", new { value = "15%" });
        var page = await browser.NewPageAsync(width, height);
        await PlanPageSteps.OpenAsync(page, id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "アクション" }).ClickAsync();
        await Expect(page.Locator("[data-testid=actions-table]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, name + "-actions", wholePage: true);
        await page.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        await Expect(page.Locator("[data-testid=version-2]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, name + "-history", wholePage: true);
    }

    static async Task OkAsync(HttpResponseMessage response)
    {
        using (response)
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    static async Task AssertNoInternalWordsAsync(IPage page, string where) =>
        AssertNoInternalWords(await page.Locator(".ippon-main").InnerTextAsync(), where);

    static void AssertNoInternalWords(string text, string where)
    {
        foreach (var word in s_internalWords)
            Assert.False(Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase), $"{where}: '{word}' in the Japanese page:\n{Around(text, word)}");
        Assert.DoesNotMatch(s_yamlPosition, text);
    }

    static string Around(string text, string word)
    {
        var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? "" : text[Math.Max(0, i - 80)..Math.Min(text.Length, i + word.Length + 80)];
    }
}
