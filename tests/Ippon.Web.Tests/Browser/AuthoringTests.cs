using System.Text.Json;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// Plans built from a blank page with the guide, as a sales manager would, without the YAML tab and without ever
/// typing an id; each saved plan, downloaded as its plan file, gives the same numbers through <c>ippon plan</c>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AuthoringTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task SeedPlan_FromBlank_GivesTheSeedsNumbersThroughIpponPlan()
    {
        var ui = new Ui(await browser.NewPageAsync(1440, 1000));
        await ui.StartBlankAsync();

        await ui.FillAsync("guide-title", "年間売上1億円計画");
        await ui.FillAsync("guide-kgi-name", "年間売上");
        await ui.FillAsync("guide-kgi-target", "1億");
        await ui.FillAsync("guide-kgi-owner", "経営企画");
        await ui.ClickAsync("guide-kgi-apply");

        await ui.FillAsync("guide-ksf-name-0", "既存顧客リピート売上");
        await ui.FillAsync("guide-ksf-amount-0", "6,000万");
        await ui.FillAsync("guide-ksf-owner-0", "CS");
        await ui.FillAsync("guide-ksf-name-1", "新規売上");
        await ui.FillAsync("guide-ksf-owner-1", "営業部");
        await Expect(ui.Page.Locator("[data-testid=guide-ksf-row]").Nth(1)).ToContainTextAsync("4,000万円 (残り)");
        await Screenshots.SaveAsync(ui.Page, "guide-ksf");
        await ui.ClickAsync("guide-ksf-apply");

        await ui.BreakDownAsync("新規売上", "CountTimesPrice", "新規受注数", "平均受注単価", "200万");
        await ui.BreakDownAsync("新規受注数", "CountTimesRate", "商談数", "受注率", "20%");
        await ui.BreakDownAsync("商談数", "CountTimesRate", "リード数", "商談化率", "10%", owner: "マーケティング部");
        await Expect(ui.Page.Locator("[data-testid=guide-formula-line]", new() { HasText = "新規受注数 =" })).ToContainTextAsync("商談数 × 受注率");
        await Expect(ui.Leaf("リード数")).ToContainTextAsync("目標 1,000件");
        await Screenshots.SaveAsync(ui.Page, "guide-kpi", wholePage: true);
        await ui.ClickAsync("guide-kpi-next");

        await ui.AddActionAsync("商談数", "架電", "1%", "4", "15", "240");
        var calls = ui.Page.Locator("[data-testid=guide-action]", new() { HasText = "架電" });
        await Expect(calls).ToContainTextAsync("必要量 10,000件");
        await Expect(calls).ToContainTextAsync("負荷 69%");
        await ui.ClickAsync("guide-actions-next");
        await Expect(ui.Page.Locator("[data-testid=findings]")).ToBeVisibleAsync();
        // Owners flowed down from the KSFs: only the leads' missing action is left to do.
        await Expect(ui.Page.Locator("[data-testid=finding-missing-owner]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(ui.Page, "guide-checks");

        await ui.ClickAsync("save");
        await Expect(ui.Page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        output.WriteLine($"the seed plan from blank: {ui.Interactions} interactions (clicks + fields)");
        Assert.InRange(ui.Interactions, 1, 40); // 39 on the day this was written: see docs/web.md

        var built = await ui.DownloadPlanAsync();
        Assert.DoesNotContain("guide", built, StringComparison.Ordinal);
        var numbers = IpponPlan.Numbers(built);
        var seed = IpponPlan.Numbers(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m.yaml")));
        foreach (var name in new[] { "年間売上", "既存顧客リピート売上", "新規売上", "新規受注数", "商談数", "リード数", "平均受注単価", "受注率", "商談化率" })
            Assert.Equal((name, seed[name]), (name, numbers[name]));
        Assert.Equal(seed["架電"], numbers["架電"]);
        Assert.Equal(("20", "100", "1000", "10000"), (numbers["新規受注数"].Target, numbers["商談数"].Target, numbers["リード数"].Target, numbers["架電"].Target));
    }

    [Fact]
    public async Task EcPlan_FromBlank_SessionsTimesCvrTimesOrderValue()
    {
        var ui = new Ui(await browser.NewPageAsync(1440, 1000));
        await ui.StartBlankAsync();
        await ui.FillAsync("guide-title", "EC売上3億円計画");
        await ui.FillAsync("guide-kgi-name", "EC年間売上");
        await ui.FillAsync("guide-kgi-target", "3億");
        await ui.ClickAsync("guide-kgi-apply");

        await ui.FillAsync("guide-ksf-name-0", "新規顧客売上");
        await ui.FillAsync("guide-ksf-amount-0", "60%");
        await ui.FillAsync("guide-ksf-name-1", "リピート売上");
        await Expect(ui.Page.Locator("[data-testid=guide-ksf-row]").Nth(0)).ToContainTextAsync("1億8,000万円");
        await Expect(ui.Page.Locator("[data-testid=guide-ksf-row]").Nth(1)).ToContainTextAsync("1億2,000万円 (残り)");
        await ui.ClickAsync("guide-ksf-apply");

        await ui.BreakDownAsync("新規顧客売上", "CountTimesPrice", "新規注文数", "平均注文単価 (AOV)", "12,000円");
        await ui.BreakDownAsync("新規注文数", "CountTimesRate", "セッション数", "購入転換率 (CVR)", "1.5%");
        await Expect(ui.Leaf("セッション数")).ToContainTextAsync("目標 1,000,000件");
        await ui.ClickAsync("guide-kpi-next");
        await ui.AddActionAsync("セッション数", "リスティング広告", "1", "", "", "", total: "500000");
        await ui.ClickAsync("save");
        await Expect(ui.Page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");

        var numbers = IpponPlan.Numbers(await ui.DownloadPlanAsync());
        var ec = IpponPlan.Numbers(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "ec-revenue.yaml")));
        foreach (var name in new[] { "EC年間売上", "新規顧客売上", "新規注文数", "セッション数", "購入転換率 (CVR)", "平均注文単価 (AOV)" })
            Assert.Equal((name, ec[name].Target), (name, numbers[name].Target));
        Assert.Equal(("15000", "1000000"), (numbers["新規注文数"].Target, numbers["セッション数"].Target));
        Assert.Equal("1000000", numbers["リスティング広告"].Target);
    }

    /// <summary>
    /// The seed plan with every formula typed by the metrics' Japanese names in 「式を書く」 (<c>商談数 × 受注率</c>): the
    /// names become metrics, the rates and the price are given as values, and the downloaded file — whose formulas name
    /// metrics by name only — gives the numbers of the id-based <c>examples/sales-100m.yaml</c> through <c>ippon plan</c>.
    /// </summary>
    [Fact]
    public async Task PlanOfJapaneseNames_FromBlank_GivesTheIdBasedSeedsNumbersThroughIpponPlan()
    {
        var ui = new Ui(await browser.NewPageAsync(1440, 1000));
        await ui.StartBlankAsync();
        await ui.FillAsync("guide-title", "名前だけの計画");
        await ui.FillAsync("guide-kgi-name", "年間売上");
        await ui.FillAsync("guide-kgi-target", "1億");
        await ui.ClickAsync("guide-kgi-apply");
        await ui.FillAsync("guide-ksf-name-0", "既存顧客リピート売上");
        await ui.FillAsync("guide-ksf-amount-0", "6,000万");
        await ui.FillAsync("guide-ksf-name-1", "新規売上");
        await ui.ClickAsync("guide-ksf-apply");

        await ui.WriteFormulaAsync("新規売上", "新規受注数 × 平均受注単価");
        await ui.GiveValueAsync("平均受注単価", "200万円");
        await ui.WriteFormulaAsync("新規受注数", "商談数 × 受注率");
        await ui.GiveValueAsync("受注率", "20%");
        await ui.WriteFormulaAsync("商談数", "リード数 × 商談化率");
        await ui.GiveValueAsync("商談化率", "10%");
        await Expect(ui.Leaf("リード数")).ToContainTextAsync("目標 1,000件");
        await Screenshots.SaveAsync(ui.Page, "guide-names", wholePage: true);
        await ui.ClickAsync("guide-kpi-next");
        await ui.AddActionAsync("商談数", "架電", "1%", "4", "15", "240");
        await ui.ClickAsync("save");
        await Expect(ui.Page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");

        var built = await ui.DownloadPlanAsync();
        var formulas = built.Split('\n').Where(l => l.TrimStart().StartsWith("formula:", StringComparison.Ordinal)).Select(l => l.Split("formula:")[1].Trim()).ToList();
        Assert.Equal(["既存顧客リピート売上 + 新規売上", "新規受注数 × 平均受注単価", "商談数 × 受注率", "リード数 × 商談化率"], formulas);
        var numbers = IpponPlan.Numbers(built);
        var seed = IpponPlan.Numbers(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m.yaml")));
        foreach (var name in new[] { "年間売上", "既存顧客リピート売上", "新規売上", "新規受注数", "商談数", "リード数", "平均受注単価", "受注率", "商談化率", "架電" })
            Assert.Equal((name, seed[name]), (name, numbers[name]));
    }

    [Fact]
    public async Task NewPlan_FromATemplateTwice_GetsTitlesOfItsOwn()
    {
        var page = await browser.NewPageAsync(1440, 900);
        var titles = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            await page.GotoAsync("/");
            await page.Locator("[data-testid=create]").ClickAsync();
            await Expect(page.Locator("[data-testid=create-sales-100m]")).ToContainTextAsync("法人営業");
            if (i == 0) await Screenshots.SaveAsync(page, "new-plan");
            await page.Locator("[data-testid=create-sales-100m]").ClickAsync();
            await Expect(page.Locator("[data-testid=plan-title]")).ToContainTextAsync("年間売上1億円計画 (");
            titles.Add((await page.Locator("[data-testid=plan-title]").TextContentAsync())!);
        }
        Assert.NotEqual(titles[0], titles[1]);
    }

    [Fact]
    public async Task Guide_OnAPhone_FitsTheScreenWidth()
    {
        var ui = new Ui(await browser.NewPageAsync(390, 844));
        await ui.StartBlankAsync();
        await ui.FillAsync("guide-kgi-name", "年間売上");
        await ui.FillAsync("guide-kgi-target", "1億");
        await Screenshots.SaveAsync(ui.Page, "guide-kgi-phone", wholePage: true);
        await ui.ClickAsync("guide-kgi-apply");
        await ui.FillAsync("guide-ksf-name-0", "既存顧客リピート売上");
        await ui.FillAsync("guide-ksf-amount-0", "60%");
        await ui.FillAsync("guide-ksf-name-1", "新規売上");
        await Expect(ui.Page.Locator("[data-testid=guide-ksf-row]").Nth(1)).ToContainTextAsync("4,000万円 (残り)");
        await Screenshots.SaveAsync(ui.Page, "guide-ksf-phone", wholePage: true);
        await ui.ClickAsync("guide-ksf-apply");
        await ui.BreakDownAsync("新規売上", "CountTimesPrice", "新規受注数", "平均受注単価", "200万");
        await Screenshots.SaveAsync(ui.Page, "guide-kpi-phone", wholePage: true);
        var overflow = await ui.Page.EvaluateAsync<int>("() => document.querySelector('[data-testid=guide]').scrollWidth - document.querySelector('[data-testid=guide]').clientWidth");
        Assert.True(overflow <= 0, $"the guide is {overflow} px wider than the phone's screen");
    }

    /// <summary>The page, driven as a person would, counting every click and every field filled.</summary>
    sealed class Ui(IPage page)
    {
        public IPage Page { get; } = page;

        public int Interactions { get; private set; }

        public async Task ClickAsync(string testId)
        {
            await Page.Locator($"[data-testid={testId}]").ClickAsync();
            Interactions++;
        }

        public async Task FillAsync(string testId, string text)
        {
            var field = Page.Locator($"[data-testid={testId}]");
            await field.FillAsync(text);
            await field.BlurAsync();
            Interactions++;
        }

        public async Task StartBlankAsync()
        {
            await Page.GotoAsync("/");
            await ClickAsync("create");
            await ClickAsync("create-blank");
            await Page.Locator("[data-testid=guide]").WaitForAsync();
        }

        public ILocator Leaf(string name) => Page.Locator("[data-testid=guide-leaf]").Filter(new() { Has = Page.Locator($"b:text-is('{name}')") });

        public async Task BreakDownAsync(string metric, string pattern, string count, string factor, string value, string? owner = null)
        {
            var card = Page.Locator("[data-testid=guide-leaf]").Filter(new() { Has = Page.Locator($"b:text-is('{metric}')") });
            await card.Locator($"[data-testid=guide-pattern-{pattern}]").ClickAsync();
            Interactions++;
            await FillAsync("guide-count-name", count);
            await FillAsync("guide-factor-name", factor);
            await FillAsync("guide-factor-value", value);
            if (owner is not null) await FillAsync("guide-count-owner", owner); // else the new KPI is owned by the metric's owner
            await ClickAsync("guide-breakdown-apply");
            await Expect(Page.Locator("[data-testid=guide-formula-line]").Filter(new() { Has = Page.Locator($"b:text-is('{metric}')") })).ToBeVisibleAsync();
        }

        /// <summary>「式を書く」 on <paramref name="metric"/>'s card: the formula typed with names.</summary>
        public async Task WriteFormulaAsync(string metric, string formula)
        {
            await Leaf(metric).Locator("[data-testid=guide-pattern-Formula]").ClickAsync();
            Interactions++;
            await FillAsync("guide-formula", formula);
            await ClickAsync("guide-breakdown-apply");
            await Expect(Page.Locator("[data-testid=guide-formula-line]").Filter(new() { Has = Page.Locator($"b:text-is('{metric}')") })).ToBeVisibleAsync();
        }

        /// <summary>「値を入れる」 on <paramref name="metric"/>'s card: it becomes an assumption with that value.</summary>
        public async Task GiveValueAsync(string metric, string value)
        {
            await Leaf(metric).Locator("[data-testid=guide-pattern-Value]").ClickAsync();
            Interactions++;
            await FillAsync("guide-value", value);
            await ClickAsync("guide-breakdown-apply");
            await Expect(Leaf(metric)).ToHaveCountAsync(0);
        }

        public async Task AddActionAsync(string kpi, string name, string yield, string people, string pace, string days, string? total = null)
        {
            var card = Page.Locator("[data-testid=guide-kpi]").Filter(new() { Has = Page.Locator($"b:text-is('{kpi}')") });
            await card.Locator("[data-testid=guide-action-open]").ClickAsync();
            Interactions++;
            await FillAsync("guide-action-name", name);
            await FillAsync("guide-action-yield", yield);
            if (total is not null)
            {
                await FillAsync("guide-action-total", total);
            }
            else
            {
                await FillAsync("guide-action-people", people);
                await FillAsync("guide-action-pace", pace);
                await FillAsync("guide-action-days", days);
            }
            await ClickAsync("guide-action-add");
            await Expect(card.Locator("[data-testid=guide-action]", new() { HasText = name })).ToBeVisibleAsync();
        }

        /// <summary>The saved plan file, from the export menu.</summary>
        public async Task<string> DownloadPlanAsync()
        {
            await Page.Locator("[data-testid=export-menu]").ClickAsync();
            var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=export-yaml]").ClickAsync());
            return await File.ReadAllTextAsync(await download.PathAsync());
        }
    }
}

/// <summary>What <c>ippon plan --json</c> says of a plan file: each metric's and action's target (volume) and plan, by name.</summary>
static class IpponPlan
{
    public static Dictionary<string, (string? Target, string? Planned)> Numbers(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ippon-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = Ippon.Cli.Cli.Run(["plan", path, "--json"], stdout, stderr);
            Assert.True(exit is 0 or 1, $"ippon plan exited {exit}: {stderr}");
            using var doc = JsonDocument.Parse(stdout.ToString());
            var numbers = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
            foreach (var m in doc.RootElement.GetProperty("metrics").EnumerateArray())
                numbers[m.GetProperty("name").GetString()!] = (Raw(m, "target"), Raw(m, "planned"));
            foreach (var a in doc.RootElement.GetProperty("actions").EnumerateArray())
                numbers[a.GetProperty("name").GetString()!] = (Raw(a, "volume"), Raw(a, "capacity"));
            return numbers;
        }
        finally
        {
            File.Delete(path);
        }
    }

    static string? Raw(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal().ToString("0.############", System.Globalization.CultureInfo.InvariantCulture) : null;
}
