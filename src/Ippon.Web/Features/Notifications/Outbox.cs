using System.Security.Cryptography;
using System.Text;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// Puts notifications in the outbox, on the caller's context: they are committed with the change that causes them
/// (the caller's SaveChanges), or not at all. The worker (<see cref="OutboxWorker"/>) sends them.
/// </summary>
public static class Outbox
{
    /// <summary>The settings row, or the defaults when the admin has saved none.</summary>
    public static async Task<NotificationSettings> SettingsAsync(IpponDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.NotificationSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new NotificationSettings();
    }

    /// <summary>Whether anything can be sent at all (a mail server or a chat webhook): else nothing is queued.</summary>
    public static bool Configured(NotificationSettings settings) =>
        !string.IsNullOrWhiteSpace(settings?.SmtpHost) || !string.IsNullOrWhiteSpace(settings?.SlackWebhookUrl) || !string.IsNullOrWhiteSpace(settings?.TeamsWebhookUrl);

    /// <summary>The address links start with: the admin's public address, else the default local one.</summary>
    public static string BaseUrl(NotificationSettings settings) =>
        (string.IsNullOrWhiteSpace(settings?.PublicUrl) ? "http://localhost:5080" : settings.PublicUrl.Trim()).TrimEnd('/');

    /// <summary>Queues a mail of <paramref name="kind"/> to each recipient, in their language (nothing when no mail server is set).</summary>
    /// <param name="key">The event's identity; the recipient is appended to make each message's idempotency key.</param>
    public static int Mail(IpponDb db, NotificationSettings settings, string key, string kind, IEnumerable<Recipient> recipients, Func<Language, Notice> notice, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(notice);
        if (string.IsNullOrWhiteSpace(settings?.SmtpHost)) return 0;
        var count = 0;
        foreach (var r in recipients)
        {
            var n = notice(r.Language);
            db.Outbox.Add(new OutboxMessage
            {
                IdempotencyKey = Key($"{key}:{NotificationKinds.Email}:{r.UserId}"),
                Kind = kind,
                Channel = NotificationKinds.Email,
                Recipient = r.Email,
                UserId = r.UserId,
                Subject = n.Title,
                Body = MailFormat.Text(n),
                Html = MailFormat.Html(n, r.Language),
                CreatedAt = now,
                NextAttemptAt = now,
            });
            count++;
        }
        return count;
    }

    /// <summary>Queues one post to each chat webhook the admin set (Slack, Teams), in the chat's language.</summary>
    public static int Chat(IpponDb db, NotificationSettings settings, string key, string kind, Func<Language, Notice> notice, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(notice);
        var n = notice(Notices.LanguageOf(settings.ChatLanguage));
        var count = 0;
        foreach (var (channel, url, body) in new[]
                 {
                     (NotificationKinds.Slack, settings.SlackWebhookUrl, (Func<string>)(() => ChatFormat.Slack(n))),
                     (NotificationKinds.Teams, settings.TeamsWebhookUrl, () => ChatFormat.Teams(n)),
                 })
        {
            if (string.IsNullOrWhiteSpace(url)) continue;
            db.Outbox.Add(new OutboxMessage
            {
                IdempotencyKey = Key($"{key}:{channel}"),
                Kind = kind,
                Channel = channel,
                Recipient = url.Trim(),
                Subject = n.Title,
                Body = body(),
                CreatedAt = now,
                NextAttemptAt = now,
            });
            count++;
        }
        return count;
    }

    /// <summary>The key as stored: readable when short, else its readable start and a hash of the whole (the column holds 300 characters).</summary>
    public static string Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length <= 300) return key;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return key[..(300 - 65)] + "#" + hash;
    }
}
