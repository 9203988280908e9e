using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Ippon.Storage.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ippon.Web.Features.Notifications;

/// <summary>Sends one outbox message over its channel; throws on failure (the worker retries with back-off).</summary>
public interface IMessageSender
{
    Task SendAsync(OutboxMessage message, NotificationSettings settings, Uri? unsubscribe, CancellationToken ct);
}

/// <summary>Mail over SMTP with MailKit; the Message-ID is derived from the idempotency key, so a resent mail is recognisably the same one.</summary>
public sealed class SmtpSender(SmtpSecrets secrets) : IMessageSender
{
    public async Task SendAsync(OutboxMessage message, NotificationSettings settings, Uri? unsubscribe, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost)) throw new InvalidOperationException("no SMTP server is set");
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(settings.SmtpFrom) ? "ippon@localhost" : settings.SmtpFrom.Trim()));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        mail.Subject = message.Subject;
        mail.MessageId = MessageId(message.IdempotencyKey);
        mail.Headers.Add("X-Ippon-Idempotency-Key", message.IdempotencyKey);
        mail.Headers.Add("X-Ippon-Kind", message.Kind); // alert, reminder or digest: for people's mail filters
        var text = message.Body;
        var html = message.Html;
        if (unsubscribe is not null)
        {
            // RFC 8058 one-click: mail programs POST to the address; people get the link in the footer.
            mail.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            var (ja, en) = ("配信停止", "Unsubscribe");
            text += $"\n--\n{ja} / {en}: {unsubscribe}\n";
            if (html is not null)
            {
                html = html.Replace("</body>", $"<hr><p style=\"font-size:12px;color:#666\"><a href=\"{System.Net.WebUtility.HtmlEncode(unsubscribe.ToString())}\">{ja} / {en}</a></p></body>", StringComparison.Ordinal);
            }
        }
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        mail.Body = body.ToMessageBody();

        using var client = new SmtpClient { Timeout = 20_000 };
        var security = settings.SmtpSecurity switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "ssl" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(settings.SmtpHost.Trim(), settings.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser)) await client.AuthenticateAsync(settings.SmtpUser, secrets.Reveal(settings.SmtpPassword) ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }

    /// <summary>The mail's Message-ID: the same for every attempt of one outbox message.</summary>
    public static string MessageId(string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32] + "@ippon";
    }
}

/// <summary>Posts a webhook message's JSON (Slack's or Teams' format, made when queued) with an <c>Idempotency-Key</c> header.</summary>
public sealed class WebhookSender(IHttpClientFactory clients) : IMessageSender
{
    public async Task SendAsync(OutboxMessage message, NotificationSettings settings, Uri? unsubscribe, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var http = clients.CreateClient("ippon-webhooks");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(message.Recipient));
        request.Content = new StringContent(message.Body, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var said = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {(said.Length > 200 ? said[..200] : said)}");
        }
    }
}
