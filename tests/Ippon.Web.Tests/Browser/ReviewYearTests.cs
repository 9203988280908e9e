using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Testing;
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
        await PlanPageSteps.OpenAsync(page, id);
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
        // The chart of leads: Q1–Q2 still planned at 250 (200 done: 80%), Q3–Q4 at the adopted 470.
        var leads = await SeriesAsync(page, "period-chart-leads");
        Assert.Equal([250m, 250m, 470m, 470m], Values(leads, "plan"));
        Assert.Equal([200m, 200m, null, null], Values(leads, "actual"));
        await Expect(page.Locator("[data-testid=year-leads]")).ToContainTextAsync("累計達成率 80%");
    }

    [Fact]
    public async Task Review_SpeaksInFiscalMonthsAndRoundedNumbers_ExactInTheTooltip()
    {
        var id = await SeedWithActualsAsync();
        var page = await OpenReviewAsync(browser, id);

        // Actuals to Q2 are "to September" (the fiscal year starts in April), not the plan's own label.
        await Expect(page.Locator("[data-testid=landing-basis]")).ToContainTextAsync("9月までの実績 4,200万円");
        await Expect(page.Locator("[data-testid=landing-basis]")).Not.ToContainTextAsync("Q2");
        // The act-on list reads percentages whole (the page's display rounding); the exact figures are in the tooltip.
        var reason = page.Locator("[data-testid^=focus-reason-]").First;
        await Expect(reason).ToContainTextAsync("%");
        await Expect(reason).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d\.\d+%"));
        await Expect(reason).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"\d\.\d+%"));
        await Screenshots.SaveAsync(page, "review-words");

        var english = await browser.NewPageAsync(390, 844);
        await english.GotoAsync("/language/en?return=" + Uri.EscapeDataString($"/plans/{id}?tab=review"));
        await english.Locator("[data-testid=landing-forecast]").WaitForAsync();
        await Expect(english.Locator("[data-testid=landing-basis]")).ToContainTextAsync("Actual through September");
        await Screenshots.SaveAsync(english, "review-words-mobile-en");
    }

    /// <summary>The seed planned by month (period: month) with April–June actuals of 70 leads and 7 deals a month.</summary>
    async Task<Guid> MonthlySeedWithActualsAsync()
    {
        var yaml = Ippon.Web.Features.Plans.Templates.Text("sales-100m")!.Replace("period: quarter", "period: month", StringComparison.Ordinal);
        Assert.Contains("period: month", yaml, StringComparison.Ordinal);
        using var created = await browser.Api.PostAsJsonAsync("/api/plans", new { yaml });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new
        {
            rows = new[] { "M01", "M02", "M03" }.SelectMany(m => new object[] { new { period = m, metric = "leads", value = 70 }, new { period = m, metric = "deals", value = 7 } }).ToArray(),
        });
        saved.EnsureSuccessStatusCode();
        return id;
    }

    [Theory]
    [InlineData(1440, "monthly-review")]
    [InlineData(390, "monthly-review-mobile")]
    public async Task MonthlyPlan_TheReviewAndTheActualsGrid_ShowTwelveMonthsFromApril(int width, string screenshot)
    {
        var id = await MonthlySeedWithActualsAsync();
        using var engine = JsonDocument.Parse(await browser.Api.GetStringAsync($"/api/plans/{id}/review"));
        var leadsReview = engine.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "leads");
        var page = await OpenReviewAsync(browser, id, width);
        await page.Locator("[data-testid=year-charts]").ScrollIntoViewIfNeededAsync();

        // Twelve months from April (the fiscal year's start), the engine's numbers: 1,000 leads over the year.
        var leads = await SeriesAsync(page, "period-chart-leads");
        Assert.Equal(12, Values(leads, "plan").Length);
        Assert.Equal(EngineSeries(leadsReview, "plan"), Values(leads, "plan"));
        Assert.Equal(1_000m, Values(leads, "plan").Sum());
        Assert.Equal([70m, 70m, 70m, null, null, null, null, null, null, null, null, null], Values(leads, "actual"));
        Assert.Equal(EngineSeries(leadsReview, "replanned", closed: false), Values(leads, "replan"));
        await AssertDrawnAsync(page, "period-chart-leads", leads, ["plan", "actual", "replan"], ["#90a4ae", "#1f3a5f", "#8e24aa"], bars: true);
        var cumulative = await SeriesAsync(page, "cumulative-chart-leads");
        Assert.Equal(1_000m, Values(cumulative, "plan")[^1]);
        Assert.Equal(210m, Values(cumulative, "actual")[2]);
        Assert.Equal(["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"],
            await page.Locator("[data-testid=period-chart-leads] .mud-charts-xaxis text").AllTextContentsAsync());
        Assert.Empty(await EveryScreenTests.ProblemsAsync(page));
        await Screenshots.SaveAsync(page, screenshot);
        // The observed deal rate (7 of 70 = 10%, as assumed) in the rates chart (MudChart), the exact values under it.
        await page.Locator("[data-testid=rates]").ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("[data-testid=rates-chart-ratio] svg")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=observed-deal_rate]")).ToHaveTextAsync("10%");
        await Screenshots.SaveAsync(page, screenshot + "-rates");

        // The actuals grid: a column per month, named with the fiscal year, the typed months filled in.
        await page.GetByRole(AriaRole.Tab, new() { Name = "実績" }).ClickAsync();
        await Expect(page.Locator("[data-testid=cell-leads-M01]")).ToHaveValueAsync("70件");
        await Expect(page.Locator("[data-testid=cell-leads-M01]")).ToHaveAttributeAsync("aria-label", "リード数 2026年度 4月");   // never the file's M01
        await Expect(page.Locator("[data-testid=cell-deals-M03]")).ToHaveValueAsync("7件");
        await Expect(page.Locator("[data-testid=cell-leads-M12]")).ToHaveValueAsync("");
        var heads = await page.Locator("th[title^=M]").AllTextContentsAsync();
        Assert.Equal(12, heads.Count);
        Assert.Equal("2026年度 4月", heads[0].Trim());
        Assert.Equal("2026年度 3月", heads[^1].Trim());
        Assert.Empty(await EveryScreenTests.ProblemsAsync(page));
        await Screenshots.SaveAsync(page, screenshot + "-actuals");
    }

    static async Task<JsonElement> SeriesAsync(IPage page, string testId) =>
        JsonDocument.Parse(await page.Locator($"[data-testid={testId}]").GetAttributeAsync("data-series") ?? "{}").RootElement.Clone();

    static decimal?[] Values(JsonElement series, string key) =>
        [.. series.GetProperty(key).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : (decimal?)v.GetDecimal())];

    static decimal?[] EngineSeries(JsonElement metric, string field, bool? closed = null) =>
        [.. metric.GetProperty("periods").EnumerateArray().Select(p =>
            closed is { } c && p.GetProperty("closed").GetBoolean() != c || p.GetProperty(field).ValueKind == JsonValueKind.Null ? null : (decimal?)p.GetProperty(field).GetDecimal())];

    /// <summary>
    /// What the SVG draws: per series (by its colour), the number of points (line markers) or bars, and that every one
    /// sits at value × one common scale above the baseline — so the drawing shows the data-series numbers, no others.
    /// </summary>
    static async Task AssertDrawnAsync(IPage page, string testId, JsonElement series, string[] keys, string[] colours, bool bars)
    {
        var drawn = await page.Locator($"[data-testid={testId}] svg").EvaluateAsync<double[][]>(bars
            ? "(svg, colours) => colours.map(c => [...svg.querySelectorAll('path.mud-chart-bar')].filter(p => p.getAttribute('stroke') === c).map(p => { const n = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number); return n[1] - n[3]; }))"
            : "(svg, colours) => { const base = Math.max(...[...svg.querySelectorAll('.mud-charts-gridlines-yaxis path')].map(p => Number(p.getAttribute('d').match(/-?[0-9.]+/g)[1]))); return colours.map(c => [...svg.querySelectorAll('circle.mud-chart-point[r=\"3\"]')].filter(p => p.getAttribute('stroke') === c).map(p => base - Number(p.getAttribute('cy')))); }",
            colours);
        double? scale = null;
        for (var i = 0; i < keys.Length; i++)
        {
            var values = Values(series, keys[i]);
            // Bars: one per period (an empty one where there is no value); lines: one marker per known value.
            var expected = bars ? values.Select(v => v ?? 0).ToArray() : [.. values.Where(v => v is not null).Select(v => v!.Value)];
            Assert.Equal(expected.Length, drawn[i].Length);
            for (var j = 0; j < expected.Length; j++)
            {
                if (expected[j] == 0) { Assert.Equal(0, drawn[i][j], 3); continue; }
                scale ??= drawn[i][j] / (double)expected[j];
                Assert.Equal(1.0, drawn[i][j] / (double)expected[j] / scale.Value, 3);
            }
        }
    }

    [Theory]
    [InlineData(1440, "review-year")]
    [InlineData(390, "review-year-mobile")]
    public async Task YearCharts_SeedWithActuals_DrawTheEnginesExactNumbers(int width, string screenshot)
    {
        var id = await SeedWithActualsAsync();
        using var engine = JsonDocument.Parse(await browser.Api.GetStringAsync($"/api/plans/{id}/review"));
        var page = await OpenReviewAsync(browser, id, width);
        await page.Locator("[data-testid=year-charts]").ScrollIntoViewIfNeededAsync();

        foreach (var metric in engine.RootElement.GetProperty("metrics").EnumerateArray()
                     .Where(m => m.GetProperty("role").ValueKind != JsonValueKind.Null && m.GetProperty("kind").GetString() != "quality"))
        {
            var mid = metric.GetProperty("id").GetString()!;
            var perPeriod = await SeriesAsync(page, $"period-chart-{mid}");
            Assert.Equal(EngineSeries(metric, "plan"), Values(perPeriod, "plan"));
            Assert.Equal(EngineSeries(metric, "actual", closed: true), Values(perPeriod, "actual"));
            Assert.Equal(EngineSeries(metric, "replanned", closed: false), Values(perPeriod, "replan"));
            await AssertDrawnAsync(page, $"period-chart-{mid}", perPeriod, ["plan", "actual", "replan"], ["#90a4ae", "#1f3a5f", "#8e24aa"], bars: true);
            var cumulative = await SeriesAsync(page, $"cumulative-chart-{mid}");
            Assert.Equal(EngineSeries(metric, "cumulative_plan"), Values(cumulative, "plan"));
            await AssertDrawnAsync(page, $"cumulative-chart-{mid}", cumulative, ["plan", "actual", "landing", "replan"], ["#90a4ae", "#1f3a5f", "#ef6c00", "#8e24aa"], bars: false);
            // With an actual to date, the landing line ends at the engine's forecast and the re-plan line at its re-planned
            // target; without one (repeat revenue is not tracked) neither is drawn.
            if (metric.GetProperty("actual_to_date").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(metric.GetProperty("forecast").GetDecimal(), Values(cumulative, "landing")[^1]);
                Assert.Equal(metric.GetProperty("replanned_target").GetDecimal(), Values(cumulative, "replan")[^1]);
            }
            else if (mid != "revenue")
            {
                Assert.All(Values(cumulative, "landing").Concat(Values(cumulative, "replan")), Assert.Null);
            }
        }

        // Worked by hand: leads 250 a quarter planned, 200 done in Q1 and Q2; 900 if the rest goes as planned, 1,340 re-planned.
        var leads = await SeriesAsync(page, "cumulative-chart-leads");
        Assert.Equal([200m, 400m, null, null], Values(leads, "actual"));
        Assert.Equal([null, 400m, 650m, 900m], Values(leads, "landing"));
        Assert.Equal([null, 400m, 870m, 1340m], Values(leads, "replan"));
        // The KGI: 4,200万 to date through the formulas (repeat revenue on plan); 9,200万 as planned, 1億 re-planned.
        var revenue = await SeriesAsync(page, "cumulative-chart-revenue");
        Assert.Equal([null, 42_000_000m, 67_000_000m, 92_000_000m], Values(revenue, "landing"));
        Assert.Equal([null, 42_000_000m, 71_000_000m, 100_000_000m], Values(revenue, "replan"));
        Assert.Equal(["1Q (4–6月)", "2Q (7–9月)", "3Q (10–12月)", "4Q (1–3月)"], await page.Locator("[data-testid=period-chart-leads] .mud-charts-xaxis text").AllTextContentsAsync());

        // Act on: win rate cost 450万円, leads 350万円 of the 800万円 gap.
        var actOn = await SeriesAsync(page, "act-on-chart");
        Assert.Equal(["win_rate", "leads"], actOn.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal([4_500_000m, 3_500_000m], Values(actOn, "plan"));
        await AssertDrawnAsync(page, "act-on-chart", actOn, ["plan"], ["#c62828"], bars: true);

        // Load per department: calls 10,000 of 14,400 at plan, 13,400 at the observed 15%.
        var departments = await SeriesAsync(page, "load-departments");
        Assert.Equal(["営業部", "マーケティング部"], departments.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(10_000m / 14_400m, Values(departments, "plan")[0]);
        Assert.Equal(13_400m / 14_400m, Values(departments, "replan")[0]);
        var people = await SeriesAsync(page, "load-people");
        Assert.Contains("calls", people.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));

        // Nothing wider than the screen; the header scrolls away so that it does not cover the screenshots.
        await page.AddStyleTagAsync(new() { Content = ".mud-appbar { position: absolute !important; }" });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await Screenshots.SaveAsync(page, screenshot, page.Locator("[data-testid=year-charts]"));
        await page.Locator("[data-testid=load-departments]").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, screenshot + "-load", page.Locator("[data-testid=act-on-chart] >> xpath=.."));
    }
}
