using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The members tab of a plan over regions and reps: filters, region totals, a rep's own line and review — the same numbers as <c>ippon plan/review --member</c>.</summary>
[Collection(BrowserTests.Name)]
public sealed class MembersTests(BrowserFixture browser)
{
    /// <summary>The regional example with two reps held below their targets (佐藤 plans 100 visits, 中村 50) and a capacity of 2 visits a day, which 田中 (600 = 2.5/day), 高橋 (580) and 佐藤's target (560) exceed.</summary>
    static string ShortPlan()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "regional-sales.yaml"));
        yaml = yaml.Replace("per_person_per_day: 3, working_days: 240", "per_person_per_day: 2, working_days: 240", StringComparison.Ordinal)
            .Replace("visits:     { name: 訪問数, role: kpi, by: rep, unit: count, owner: 営業部 }",
                     "visits:     { name: 訪問数, role: kpi, by: rep, unit: count, owner: 営業部, values: { 佐藤: 100, 中村: 50 } }", StringComparison.Ordinal);
        Assert.Contains("佐藤: 100", yaml, StringComparison.Ordinal);
        return yaml;
    }

    async Task<Guid> CreateAsync(string yaml)
    {
        using var response = await browser.Api.PostAsJsonAsync("/api/plans", new { yaml });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    static async Task<IPage> OpenMembersAsync(IPage page, Guid id)
    {
        // Straight to the tab by its id in the URL: on a phone a click on a tab still sliding into sight could miss it.
        await page.GotoAsync($"/plans/{id}?tab=members");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "メンバー" })).ToHaveAttributeAsync("aria-selected", "true");
        // The rows are virtualised: they come once the page is interactive, after the table itself.
        await page.Locator("[data-testid=members-table] tbody tr[data-testid^=member-]").First.WaitForAsync();
        return page;
    }

    static async Task<string[]> ShownMembersAsync(IPage page) =>
        [.. (await page.Locator("[data-testid=members-table] tbody tr[data-testid^=member-]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.testid.substring(7))")).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Members_OffTrackAndOverCapacityFilters_ShowTheRepsBehindInTheirActualsOrOverCapacity()
    {
        var id = await CreateAsync(ShortPlan());
        // Q1 revenue of three reps: 田中 3,000万 of his 2,700万 plan to date, 高橋 100万, 佐藤 100万 of their 375万.
        var rows = new object[]
        {
            new { period = "Q1", metric = "rep_revenue", member = "田中", value = 30_000_000m },
            new { period = "Q1", metric = "rep_revenue", member = "高橋", value = 1_000_000m },
            new { period = "Q1", metric = "rep_revenue", member = "佐藤", value = 1_000_000m },
        };
        using (var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new { rows }))
            saved.EnsureSuccessStatusCode();
        var page = await OpenMembersAsync(await browser.NewPageAsync(1440, 900), id);
        await Expect(page.Locator("[data-testid=members]")).ToHaveAttributeAsync("data-progress", "ready");
        Assert.Equal(8, (await ShownMembersAsync(page)).Length);

        // Off track is the rep's actuals to date behind their plan to date (as `ippon review --member`), not their plan
        // short of target: 中村, whose plan misses his target, has no actuals yet and is not off track.
        await page.Locator("[data-testid=members-filter-off]").ClickAsync();
        await Expect(page.Locator("[data-testid=members-count]")).ToHaveTextAsync("2 人を表示");
        Assert.Equal(["佐藤", "高橋"], await ShownMembersAsync(page));
        await Expect(page.Locator("[data-testid=member-佐藤] [data-testid=planned-visits]")).ToHaveTextAsync("100件");
        await Expect(page.Locator("[data-testid=member-佐藤] [data-testid=off-track]")).ToHaveTextAsync("計画遅れ");

        await page.Locator("[data-testid=members-filter-all]").ClickAsync();
        await Expect(page.Locator("[data-testid=member-田中] [data-testid=attainment]")).ToHaveTextAsync("111%");
        await Expect(page.Locator("[data-testid=member-中村] [data-testid=attainment]")).ToHaveTextAsync("—");

        await page.Locator("[data-testid=members-filter-over]").ClickAsync();
        await Expect(page.Locator("[data-testid=members-count]")).ToHaveTextAsync("3 人を表示");
        Assert.Equal(["佐藤", "田中", "高橋"], await ShownMembersAsync(page));
        // 高橋's 580 visits of 480 (2 a day × 240 days) is 120.83%: shown rounded, exact in the tooltip.
        await Expect(page.Locator("[data-testid=member-高橋] [data-testid=load]")).ToHaveTextAsync("121%");
        await Expect(page.Locator("[data-testid=member-高橋] [data-testid=load]")).ToHaveAttributeAsync("title", "120.83%");
        await Screenshots.SaveAsync(page, "members-1440");
    }

    [Fact]
    public async Task Members_RegionTotals_EqualTheSumOfTheRegionsReps()
    {
        var id = await CreateAsync(ShortPlan());
        var page = await OpenMembersAsync(await browser.NewPageAsync(1440, 900), id);
        foreach (var region in new[] { "東京", "大阪", "名古屋" })
        {
            await page.Locator($"[data-testid=region-{region}]").ClickAsync(); // clicking a region filters the reps to it
            var count = await page.Locator($"[data-testid=region-{region}] td").Nth(1).TextContentAsync();
            await Expect(page.Locator("[data-testid=members-count]")).ToHaveTextAsync($"{count} 人を表示");
            await Expect(page.Locator("[data-testid=members-table] tbody tr[data-testid^=member-]")).ToHaveCountAsync(int.Parse(count!, System.Globalization.CultureInfo.InvariantCulture));
            var reps = await page.Locator("[data-testid=members-table] tbody tr[data-testid^=member-] [data-testid=planned-rep_revenue]").AllTextContentsAsync();
            Assert.NotEmpty(reps);
            var total = await page.Locator($"[data-testid=region-{region}-rep_revenue] [data-testid=planned]").TextContentAsync();
            Assert.Equal(Money(total!), reps.Sum(Money));
            await page.Locator($"[data-testid=region-{region}]").ClickAsync();
            await Expect(page.Locator("[data-testid=members-count]")).ToHaveTextAsync("8 人を表示");
        }
        // 東京: 田中 1億800万 + 佐藤 1,500万 (100 visits) + 鈴木 6,000万.
        await Expect(page.Locator("[data-testid=region-東京-rep_revenue] [data-testid=planned]")).ToHaveTextAsync("1億8,300万円");
    }

    [Fact]
    public async Task Members_ARepsLineAndReview_EqualTheCliMemberNumbers()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "regional-sales.yaml"));
        var id = await CreateAsync(yaml);
        // A shared rate observed below plan: the rep's re-planned targets rise, as in `ippon review --member`.
        using (var saved = await browser.Api.PutAsJsonAsync($"/api/plans/{id}/actuals", new { rows = new object[] { new { period = "Q1", metric = "visit_to_deal", value = 0.15m } } }))
            saved.EnsureSuccessStatusCode();
        var page = await OpenMembersAsync(await browser.NewPageAsync(1440, 900), id);
        await page.Locator("[data-testid=members-search]").FillAsync("田中");
        await Expect(page.Locator("[data-testid=members-count]")).ToHaveTextAsync("1 人を表示");
        await page.Locator("[data-testid=member-田中]").ClickAsync();
        var detail = page.Locator("[data-testid=member-detail]");
        await Expect(detail.Locator("[data-testid=member-name]")).ToHaveTextAsync("rep: 田中");

        var (review, line) = Cli(yaml, "Q1,visit_to_deal,15%");
        foreach (var metric in new[] { "rep_revenue", "rep_orders", "rep_deals", "visits" })
        {
            var cells = detail.Locator($"[data-testid=member-line-{metric}] td");
            await Expect(cells.Nth(2)).ToHaveTextAsync(review[metric].Target);
            await Expect(cells.Nth(3)).ToHaveTextAsync(review[metric].Planned);
            var row = detail.Locator($"[data-testid=member-review-{metric}] td");
            await Expect(row.Nth(1)).ToHaveTextAsync(review[metric].PlannedToDate);
            await Expect(row.Nth(5)).ToHaveTextAsync(review[metric].Replanned);
        }
        // The derivation as `ippon plan --member 田中` prints it: 36 orders from 1億800万円 at 300万円 each.
        var derivation = await detail.Locator("[data-testid=member-line-rep_orders] td").Nth(5).TextContentAsync();
        Assert.Equal("1億800万円 ÷ 300万円 = 36件", derivation);
        Assert.Contains(derivation!, line, StringComparison.Ordinal);
        Assert.Equal("1億800万円", review["rep_revenue"].Target);
        // 20% → 15% observed: 36 orders → 120 deals → 800 visits instead of 600.
        Assert.Equal("800件", review["visits"].Replanned);
        // Display rounding (whole percentages by default): 83.33% reads 83%.
        await Expect(detail.Locator("[data-testid=member-action-rep_visits]")).ToContainTextAsync("負荷 83%");
        await Expect(detail.Locator("[data-testid=member-action-rep_visits]")).Not.ToContainTextAsync("83.33");
        await Screenshots.SaveAsync(page, "members-rep-1440");

        var phone = await OpenMembersAsync(await browser.NewPageAsync(390, 844), id);
        await phone.Locator("[data-testid=member-田中]").ClickAsync();
        await Expect(phone.Locator("[data-testid=member-detail]")).ToBeVisibleAsync();
        var overflow = await phone.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Screenshots.SaveAsync(phone, "members-390", wholePage: true);
    }

    static decimal Money(string text) => NumberText.TryParse(text, out var value) ? value : throw new FormatException(text);

    /// <summary>田中's numbers from the real CLI, in-process: per metric of <c>ippon review --member 田中 --json</c> (<see cref="ReviewCli"/>); and the text of <c>ippon plan --member 田中</c>.</summary>
    static (Dictionary<string, ReviewedNumbers> Review, string Line) Cli(string yaml, string actual)
    {
        using var dir = new Ippon.Testing.TempDir();
        var path = dir.File("plan.yaml", yaml);
        return (ReviewCli(yaml, "period,metric,value\n" + actual + "\n", "田中"), Run(["plan", path, "--member", "田中"]));
    }

    /// <summary>One metric of a member's review as the page writes it: target, plan, plan to date, actual to date, landing, re-planned target.</summary>
    internal sealed record ReviewedNumbers(string Target, string Planned, string PlannedToDate, string ActualToDate, string Forecast, string Replanned);

    /// <summary>A member's numbers from the real CLI, in-process: per metric of <c>ippon review --member NAME --json</c> with the actuals <paramref name="csv"/>, formatted as the page formats them.</summary>
    internal static Dictionary<string, ReviewedNumbers> ReviewCli(string yaml, string csv, string member)
    {
        using var dir = new Ippon.Testing.TempDir();
        var path = dir.File("plan.yaml", yaml);
        var actuals = dir.File("actuals.csv", csv);
        var review = new Dictionary<string, ReviewedNumbers>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(Run(["review", path, "--actuals", actuals, "--member", member, "--json"]));
        foreach (var m in doc.RootElement.GetProperty("metrics").EnumerateArray())
        {
            var unit = UnitOf(m);
            string F(string name) => Formatter.Format(Number(m, name), unit, Language.Ja);
            review[m.GetProperty("id").GetString()!] = new(F("target"), F("planned"), F("planned_to_date"), F("actual_to_date"), F("forecast"), F("replanned_target"));
        }
        return review;
    }

    static string Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Ippon.Cli.Cli.Run(args, stdout, stderr);
        Assert.True(exit is 0 or 1, $"ippon {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout.ToString();
    }
    static decimal? Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    static Unit UnitOf(JsonElement m) => m.GetProperty("unit").GetString() switch
    {
        "JPY" => Unit.Currency("JPY"),
        "count" => Unit.Count,
        "ratio" => Unit.Ratio,
        var other => throw new InvalidOperationException($"unit {other}"),
    };
}
