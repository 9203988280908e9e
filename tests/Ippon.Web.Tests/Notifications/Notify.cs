using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Notifications;

/// <summary>The steps the notification tests share: the admin's settings pointing at the local receivers, accounts with mail addresses.</summary>
static class Notify
{
    /// <summary>The public address the links start with (nothing listens there; the tests only read the links).</summary>
    public const string PublicUrl = "http://127.0.0.1:5999";

    public static async Task ConfigureAsync(HttpClient admin, TestSmtpServer smtp, TestWebhookReceiver? hooks, bool slack = true, bool teams = true, string? digestCron = "0 8 * * MON",
        string? smtpUser = null, string? smtpPassword = null)
    {
        using var response = await admin.PutAsJsonAsync("/api/notifications/settings", new
        {
            smtp_host = "127.0.0.1",
            smtp_port = smtp.Port,
            smtp_security = "none",
            smtp_user = smtpUser,
            smtp_password = smtpPassword,
            smtp_from = "ippon@ippon.test",
            slack_webhook_url = slack ? hooks?.Url("slack") : null,
            teams_webhook_url = teams ? hooks?.Url("teams") : null,
            chat_language = "ja",
            public_url = PublicUrl,
            digest_cron = digestCron,
            time_zone = "Asia/Tokyo",
        }, ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates an account of <paramref name="role"/> with <paramref name="email"/> and <paramref name="language"/>; returns its id.</summary>
    public static async Task<string> AccountAsync(HttpClient admin, string name, string role, string? department, string email, string language)
    {
        using var created = await admin.PostAsJsonAsync("/api/users", new { user_name = name, password = "notify-password-123", role, department }, ApiJson.Options);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var preferences = await admin.PutAsJsonAsync($"/api/notifications/preferences/{id}", new { email, language, alerts = true, reminders = true, digest = true }, ApiJson.Options);
        Assert.True(preferences.IsSuccessStatusCode, await preferences.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task SaveActualsAsync(HttpClient http, Guid plan, params (string Period, string Metric, decimal? Value)[] rows)
    {
        using var response = await http.PutAsJsonAsync($"/api/plans/{plan}/actuals", new { rows = rows.Select(r => new { period = r.Period, metric = r.Metric, value = r.Value }) }, ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The outbox as the admin sees it.</summary>
    public static async Task<List<JsonElement>> OutboxAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<List<JsonElement>>("/api/notifications/outbox?limit=1000"))!;

    public static string Text(this MimeKit.MimeMessage mail) => mail.TextBody ?? "";
}
