using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>The admin's notification settings: read (the SMTP password never comes back) and changed, each field checked.</summary>
public static class NotificationSettingsApi
{
    /// <summary>The settings as shown: the password only as set or not.</summary>
    public sealed record View(string? SmtpHost, int SmtpPort, string SmtpSecurity, string? SmtpUser, bool SmtpPasswordSet, string? SmtpFrom,
        string? SlackWebhookUrl, string? TeamsWebhookUrl, string ChatLanguage, string? PublicUrl, string? DigestCron, string TimeZone);

    /// <summary>The new settings; <see cref="SmtpPassword"/> null keeps the stored one, empty clears it.</summary>
    public sealed record Change(string? SmtpHost, int? SmtpPort, string? SmtpSecurity, string? SmtpUser, string? SmtpPassword, string? SmtpFrom,
        string? SlackWebhookUrl, string? TeamsWebhookUrl, string? ChatLanguage, string? PublicUrl, string? DigestCron, string? TimeZone);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications");
        group.MapGet("/settings", async (PlanStore store, CancellationToken ct) => TypedResults.Ok(ViewOf(await store.NotificationSettingsAsync(ct))))
            .RequireAuthorization(Access.Admin).WithName("GetNotificationSettings").WithSummary("The SMTP server, chat webhooks, public address and digest schedule (admin)");
        group.MapPut("/settings", async (Change body, PlanStore store, SmtpSecrets secrets, HttpContext http, CancellationToken ct) =>
                (await store.SaveNotificationSettingsAsync(body, secrets, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .RequireAuthorization(Access.Admin).WithName("SaveNotificationSettings").WithSummary("Change the notification settings (admin)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/outbox", async (int? limit, PlanStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.OutboxAsync(Math.Clamp(limit ?? 100, 1, 1000), ct))
                    .Select(m => new { m.Id, m.IdempotencyKey, m.Kind, m.Channel, m.Recipient, m.Subject, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.SentAt, m.GaveUpAt, m.LastError })
                    .ToList()))
            .RequireAuthorization(Access.Admin).WithName("ListOutbox").WithSummary("The latest notifications and their state: sent, waiting for a retry, given up (admin)");
    }

    public static View ViewOf(NotificationSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new View(s.SmtpHost, s.SmtpPort, s.SmtpSecurity, s.SmtpUser, !string.IsNullOrEmpty(s.SmtpPassword), s.SmtpFrom,
            s.SlackWebhookUrl, s.TeamsWebhookUrl, s.ChatLanguage, s.PublicUrl, s.DigestCron, s.TimeZone);
    }

    public static async Task<Outcome<View>> SaveAsync(IpponDb db, Change body, SmtpSecrets secrets, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(time);
        var errors = Check(body);
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        var row = await db.NotificationSettings.FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new NotificationSettings();
            db.NotificationSettings.Add(row);
        }
        row.SmtpHost = Blank(body.SmtpHost);
        row.SmtpPort = body.SmtpPort ?? 25;
        row.SmtpSecurity = Blank(body.SmtpSecurity) ?? "auto";
        row.SmtpUser = Blank(body.SmtpUser);
        // Stored protected (SmtpSecrets), never as typed; null keeps the stored one, "" removes it.
        if (body.SmtpPassword is not null) row.SmtpPassword = body.SmtpPassword.Length == 0 ? null : secrets.Protect(body.SmtpPassword);
        row.SmtpFrom = Blank(body.SmtpFrom);
        row.SlackWebhookUrl = Blank(body.SlackWebhookUrl);
        row.TeamsWebhookUrl = Blank(body.TeamsWebhookUrl);
        row.ChatLanguage = Blank(body.ChatLanguage) ?? "ja";
        row.PublicUrl = Blank(body.PublicUrl)?.TrimEnd('/');
        row.DigestCron = Blank(body.DigestCron);
        row.TimeZone = Blank(body.TimeZone) ?? "Asia/Tokyo";
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ViewOf(row);
    }

    /// <summary>Every field's problem: port range, security mode, sender address, absolute http(s) addresses, language, cron, time zone.</summary>
    public static List<FieldError> Check(Change body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        if (body.SmtpPort is { } port && port is < 1 or > 65535)
            errors.Add(new("smtp_port", new Message($"ポート番号は 1〜65535 です ({port})", $"the port is 1–65535, not {port}")));
        if (Blank(body.SmtpSecurity) is { } security && security is not ("none" or "starttls" or "ssl" or "auto"))
            errors.Add(new("smtp_security", new Message($"暗号化は none, starttls, ssl, auto のどれかです ('{security}')", $"security is one of none, starttls, ssl, auto, not '{security}'")));
        if (Blank(body.SmtpFrom) is { } from && !MimeKit.MailboxAddress.TryParse(from, out _))
            errors.Add(new("smtp_from", new Message($"送信元 '{from}' はメールアドレスではありません", $"the sender '{from}' is not a mail address")));
        foreach (var (field, value) in new[] { ("slack_webhook_url", body.SlackWebhookUrl), ("teams_webhook_url", body.TeamsWebhookUrl), ("public_url", body.PublicUrl) })
        {
            if (Blank(value) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                errors.Add(new(field, new Message($"'{url}' は http:// か https:// で始まるアドレスではありません", $"'{url}' is not an http:// or https:// address")));
        }
        if (Blank(body.ChatLanguage) is { } language && language is not ("ja" or "en"))
            errors.Add(new("chat_language", new Message($"言語は ja か en です ('{language}')", $"the language is ja or en, not '{language}'")));
        if (Blank(body.DigestCron) is { } cron) errors.AddRange(Schedules.ParseCron(cron, "digest_cron", "0 8 * * MON").Errors.Select(FieldError.From));
        if (Blank(body.TimeZone) is { } zone && Schedules.Zone(zone) is null)
            errors.Add(new("time_zone", new Message($"タイムゾーン '{zone}' はありません (例: Asia/Tokyo)", $"no time zone '{zone}' (e.g. Asia/Tokyo)")));
        return errors;
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
