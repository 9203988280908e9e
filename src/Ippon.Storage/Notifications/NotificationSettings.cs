namespace Ippon.Storage.Notifications;

/// <summary>The admin's notification settings (one row, id 1): the SMTP server, the chat webhooks, the app's public address for links, the digest's schedule.</summary>
public sealed class NotificationSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>none, starttls, ssl or auto (MailKit's SecureSocketOptions).</summary>
    public string SmtpSecurity { get; set; } = "auto";

    public string? SmtpUser { get; set; }

    /// <summary>Kept in the database as given (use a relay account that can send only; the page never shows it back).</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>The sender address (From).</summary>
    public string? SmtpFrom { get; set; }

    public string? SlackWebhookUrl { get; set; }

    public string? TeamsWebhookUrl { get; set; }

    /// <summary>Language of the chat posts: ja or en.</summary>
    public string ChatLanguage { get; set; } = "ja";

    /// <summary>The address people open the app at (https://ippon.example), for the links in mails and posts.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>When the planners' weekly digest is sent: a cron expression in <see cref="TimeZone"/> (Monday 8:00 by default); empty: no digest.</summary>
    public string? DigestCron { get; set; } = "0 8 * * MON";

    /// <summary>The time zone of the schedules (IANA id).</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";

    public DateTime UpdatedAt { get; set; }
}
