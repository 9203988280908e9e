using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// Regions and reps built in the 設定 tab without the YAML tab: a region and two reps added in the form, the reps CSV
/// uploaded (a bad one refused with its line and column, nothing lost), saved; the downloaded plan file gives the
/// per-region numbers through <c>ippon plan --by region</c>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DimensionsEditorTests(BrowserFixture browser)
{
    // 1億 shared among the reps by last year's revenue, each rep's orders at 100万.
    const string Plan = """
        plan: 地域別の計画
        horizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }
        dimensions:
          region: [東京]
          rep: { parent: region, members: { 田中: 東京 } }
        metrics:
          revenue:     { name: 売上, role: kgi, formula: sum(rep_revenue), target: 1億, unit: JPY, deadline: 2027-03-31, owner: 営業部 }
          rep_revenue: { name: 担当者別売上, role: ksf, by: rep, formula: rep_orders * unit_price, unit: JPY, owner: 営業部, allocate: { by: last_year_revenue } }
          rep_orders:  { name: 受注数, role: kpi, by: rep, unit: count, owner: 営業部 }
          unit_price:  { name: 平均受注単価, value: 100万, unit: JPY }
          last_year_revenue: { name: 前年売上, by: rep, value: 1000万, unit: JPY }
        """;

    // Last year: 東京 6,000万 + 2,000万, 大阪 1,000万 + 1,000万 of 1億: this year's 1億 splits 8,000万 / 2,000万.
    const string Reps = "rep,region,last_year_revenue\n田中,東京,6000万\n佐藤,東京,2000万\n高橋,大阪,1000万\n鈴木,大阪,1000万\n";

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task RegionAndRepsAddedAndTheRepsCsvUploaded_SavedPlanGivesTheRegionTotalsThroughTheCli(string locale)
    {
        var ja = locale == "ja-JP";
        var id = await CreateAsync(Plan);
        var page = await browser.NewPageAsync(1440, 1000, locale);
        if (!ja) await page.GotoAsync("/language/en?return=/");
        await page.GotoAsync($"/plans/{id}?tab=settings");
        await page.Locator("[data-testid=dimensions-form]").WaitForAsync();
        await Expect(page.Locator("[data-testid=dim-rep-row]")).ToHaveCountAsync(1);

        await AddAsync(page, "region", "大阪", null);
        await Expect(page.Locator("[data-testid=dim-region-row]")).ToHaveCountAsync(2);
        await AddAsync(page, "rep", "佐藤", "東京");
        await AddAsync(page, "rep", "高橋", "大阪");
        await Expect(page.Locator("[data-testid=dim-rep-row]")).ToHaveCountAsync(3);

        // A bad number in the CSV: refused with its line and column; the three reps stay.
        await page.Locator("[data-testid=dim-rep-csv]").SetInputFilesAsync(Csv("rep,region,last_year_revenue\n田中,東京,たくさん\n"));
        await Expect(page.Locator("[data-testid=dim-rep-error]")).ToContainTextAsync(ja ? "2行 7列" : "line 2, column 7");
        await Expect(page.Locator("[data-testid=dim-rep-row]")).ToHaveCountAsync(3);

        // The good CSV: shown first (鈴木 added, last year's revenue taken), then put into the draft.
        await page.Locator("[data-testid=dim-rep-csv]").SetInputFilesAsync(Csv(Reps));
        await Expect(page.Locator("[data-testid=dim-csv-added]")).ToContainTextAsync("鈴木");
        await Expect(page.Locator("[data-testid=dim-csv-preview]")).ToContainTextAsync(ja ? "前年売上 の値 (4 件)" : "values of 前年売上 (4)");
        await page.Locator("[data-testid=dim-csv-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=dim-rep-row]")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid=dim-rep-error]")).ToHaveCountAsync(0);

        var form = page.Locator("[data-testid=dimensions-form]");
        await Screenshots.SaveAsync(page, $"dimensions-{locale}", form);
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, $"dimensions-{locale}-phone", form);
        var overflow = await page.EvaluateAsync<int>("() => document.querySelector('[data-testid=dimensions-form]').scrollWidth - document.querySelector('[data-testid=dimensions-form]').clientWidth");
        Assert.True(overflow <= 0, $"the regions and reps are {overflow} px wider than the phone's screen");
        await page.SetViewportSizeAsync(1440, 1000);

        // Regions, reps and their values alone are a change to save (PlanDiff lists them).
        await page.Locator("[data-testid=save]").ClickAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2");
        await page.Locator("[data-testid=export-menu]").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-yaml]").ClickAsync());
        var yaml = await File.ReadAllTextAsync(await download.PathAsync());

        var byRegion = ByRegion(yaml);
        Assert.Contains("80,000,000 JPY", byRegion, StringComparison.Ordinal);
        Assert.Contains("20,000,000 JPY", byRegion, StringComparison.Ordinal);
        var tokyo = byRegion.Split('\n').First(l => l.Contains("東京", StringComparison.Ordinal));
        var osaka = byRegion.Split('\n').First(l => l.Contains("大阪", StringComparison.Ordinal));
        Assert.Contains("80,000,000 JPY", tokyo, StringComparison.Ordinal);
        Assert.Contains("20,000,000 JPY", osaka, StringComparison.Ordinal);
    }

    static async Task AddAsync(IPage page, string dimension, string name, string? parent)
    {
        var rows = await page.Locator($"[data-testid=dim-{dimension}-row]").CountAsync();
        await page.Locator($"[data-testid=dim-{dimension}-new]").FillAsync(name);
        await page.Locator($"[data-testid=dim-{dimension}-new]").BlurAsync();
        if (parent is not null) await page.Locator($"[data-testid=dim-{dimension}-new-parent]").SelectOptionAsync(parent);
        await page.Locator($"[data-testid=dim-{dimension}-add]").ClickAsync();
        await Expect(page.Locator($"[data-testid=dim-{dimension}-row]")).ToHaveCountAsync(rows + 1);
    }

    static FilePayload Csv(string text) => new() { Name = "reps.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(text) };

    async Task<Guid> CreateAsync(string yaml)
    {
        using var response = await browser.Api.PostAsJsonAsync("/api/plans", new { yaml });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // What `ippon plan FILE --by region --lang en` prints for the plan file.
    static string ByRegion(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ippon-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = Ippon.Cli.Cli.Run(["plan", path, "--by", "region", "--lang", "en"], stdout, stderr);
            Assert.True(exit is 0 or 1, $"ippon plan exited {exit}: {stderr}");
            return stdout.ToString();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
