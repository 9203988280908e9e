namespace Ippon.Storage.Notifications;

/// <summary>One account's choices: where its mails go, in which language, and which kinds it wants (each can be unsubscribed with one click).</summary>
public sealed class NotificationPreference
{
    /// <summary>The account (AspNetUsers.Id).</summary>
    public required string UserId { get; set; }

    /// <summary>The mail address; no mail without one.</summary>
    public string? Email { get; set; }

    /// <summary>ja or en.</summary>
    public string Language { get; set; } = "ja";

    public bool Alerts { get; set; } = true;

    public bool Reminders { get; set; } = true;

    public bool Digest { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}
