using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The admin's notification settings page (SMTP, webhooks, a plan's reminder schedule) and a person's preferences page, at 1440 and 390 px.</summary>
[Collection(BrowserTests.Name)]
public sealed class NotificationPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheAdmin_SetsTheMailServerAndAReminder_AndABadWebhookAddressIsRefusedWithTheReason()
    {
        await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 1000);
        await page.GotoAsync("/admin/notifications");
        await page.Locator("[data-testid=smtp-host]").FillAsync("127.0.0.1");
        await page.Locator("[data-testid=slack-url]").FillAsync("hooks.slack.example/T000");
        await page.Locator("[data-testid=save-settings]").ClickAsync();
        await Expect(page.Locator("[data-testid=notify-message]")).ToContainTextAsync("は http:// か https:// で始まるアドレスではありません");

        await page.Locator("[data-testid=slack-url]").FillAsync("http://127.0.0.1:9/slack");
        await page.Locator("[data-testid=save-settings]").ClickAsync();
        await Expect(page.Locator("[data-testid=notify-message]")).ToContainTextAsync("保存しました");

        var row = page.Locator("[data-testid=reminder-row]").First;
        await row.Locator("[data-testid=reminder-cron]").FillAsync("0 9 * * MON");
        await row.Locator("[data-testid=reminder-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=reminder-row]").First.Locator("[data-testid=reminder-next]")).ToContainTextAsync("T09:00+09:00");
        await Screenshots.SaveAsync(page, "notifications-admin");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=smtp-host]")).ToHaveValueAsync("127.0.0.1");
        await Screenshots.SaveAsync(page, "notifications-admin-mobile");
    }

    [Fact]
    public async Task APerson_SetsTheirAddressAndKinds_OnTheirOwnPage()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/notifications");
        await page.Locator("[data-testid=pref-email]").FillAsync("not an address");
        await page.Locator("[data-testid=pref-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=preferences-message]")).ToContainTextAsync("はメールアドレスではありません");

        await page.Locator("[data-testid=pref-email]").FillAsync("sales@ippon.test");
        await page.Locator("[data-testid=pref-digest]").ClickAsync();
        await page.Locator("[data-testid=pref-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=preferences-message]")).ToContainTextAsync("保存しました");
        await Screenshots.SaveAsync(page, "notifications-preferences-mobile");

        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=pref-email]")).ToHaveValueAsync("sales@ippon.test");
        await Expect(page.Locator("[data-testid=pref-digest]")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("[data-testid=admin-notifications-link]")).ToBeVisibleAsync(); // the admin's way to the settings
    }
}
