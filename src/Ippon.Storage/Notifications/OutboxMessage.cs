namespace Ippon.Storage.Notifications;

/// <summary>
/// One notification to send (a mail to one person, or one post to a chat webhook), written in the same transaction as
/// the change that causes it and sent by the outbox worker; <see cref="IdempotencyKey"/> is unique, so the same
/// notification is never queued twice, and it travels with the message (Message-ID, Idempotency-Key header).
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>What the notification is about, stable for one event and recipient (e.g. <c>alert:{plan}:v12:leads:user@x</c>); unique.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>alert, reminder or digest.</summary>
    public required string Kind { get; set; }

    /// <summary>email, slack or teams.</summary>
    public required string Channel { get; set; }

    /// <summary>The mail address, or the webhook's address.</summary>
    public required string Recipient { get; set; }

    /// <summary>The account the mail goes to (for the unsubscribe link); null for a chat webhook.</summary>
    public string? UserId { get; set; }

    public required string Subject { get; set; }

    /// <summary>Plain text (mail) or the webhook's JSON body.</summary>
    public required string Body { get; set; }

    /// <summary>The mail's HTML part; null for webhooks.</summary>
    public string? Html { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>How many sends failed so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time (the back-off after a failure).</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The worker that holds the message until <see cref="LockedUntil"/> (a lease: a killed worker's messages are taken over when it ends).</summary>
    public string? LockedBy { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the worker gave up after its last attempt.</summary>
    public DateTime? GaveUpAt { get; set; }

    public string? LastError { get; set; }
}
