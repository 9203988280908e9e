using Ippon.Storage;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// A stored version that no longer reads (written by an older release; here written straight into the database,
/// as the app itself refuses to save one) still opens: a recovery view with why, the history and restore.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class RecoveryTests(BrowserFixture browser)
{
    // What an older release could have stored: a key this release does not know, at line 3.
    const string Unreadable = "plan: 古い計画\nmetrics:\n  revenue: { role: kgi, target: 1億, unit: JPY, legacy_weight: 3 }\n";

    [Fact]
    public async Task UnreadableLatestVersion_OpensTheRecoveryViewInJapanese_AndRestoresThePreviousVersion()
    {
        var id = await browser.CreatePlanAsync();
        await StoreVersionDirectlyAsync(id, Unreadable);
        var page = await browser.NewPageAsync(width: 1440, height: 900);

        await page.GotoAsync($"/plans/{id}");

        await Expect(page.Locator("[data-testid=recovery-note]")).ToContainTextAsync("この計画の最新版 (v2) を読み込めません");
        await Expect(page.Locator("[data-testid=recovery-note]")).ToContainTextAsync("何も削除されていません");
        await Expect(page.Locator("[data-testid=recovery-error]")).ToContainTextAsync("legacy_weight");
        await Expect(page.Locator("[data-testid=recovery-error]")).ToContainTextAsync("3行 48列"); // where the unknown key is
        await Expect(page.Locator("[data-testid=version-2]")).ToContainTextAsync("最新");
        await Expect(page.Locator("[data-testid=restore-2]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=history-error]")).ToHaveCountAsync(0); // no comparison with the version that does not read

        await Screenshots.SaveAsync(page, "recovery-1440", wholePage: true);
        var phone = await browser.NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync($"/plans/{id}");
        await Expect(phone.Locator("[data-testid=restore-1]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(phone, "recovery-390", wholePage: true);

        await page.Locator("[data-testid=restore-1]").ClickAsync();

        // The plan opens as usual on the restored content, saved as a new version v3; v2 stays in the history.
        await page.Locator("[data-testid=tree][data-zoom]").WaitForAsync();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v3");
        await Expect(page.Locator("[data-testid=node-deals]")).ToContainTextAsync("目標 100件");
        await using var db = Open();
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id).OrderBy(v => v.Number).Select(v => v.Yaml).ToListAsync();
        Assert.Equal(3, versions.Count);
        Assert.Equal(Unreadable, versions[1]); // the unreadable version is kept as it was
        Assert.Equal(versions[0], versions[2]); // v3 is v1's text
    }

    async Task StoreVersionDirectlyAsync(Guid id, string yaml)
    {
        await using var db = Open();
        var plan = await db.Plans.SingleAsync(p => p.Id == id);
        db.PlanVersions.Add(plan.AddVersion("古い計画", yaml, "old-release", "以前のリリースで保存", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    SqliteIpponDb Open() => new(SqliteIpponDb.Options($"Data Source={browser.Server.DatabasePath}"));
}
