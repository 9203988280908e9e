namespace Ippon.Storage.Notifications;

/// <summary>
/// A schedule's occurrence that was handled (a plan's reminder of Monday 9:00, the digest of that week): the primary
/// key (kind, plan, occurrence) lets exactly one instance insert it, and that instance queues the notifications in
/// the same transaction; the others find the row and do nothing.
/// </summary>
public sealed class ScheduledOccurrence
{
    /// <summary>reminder or digest.</summary>
    public required string Kind { get; set; }

    public Guid PlanId { get; set; }

    /// <summary>The occurrence's time (UTC).</summary>
    public DateTime Occurrence { get; set; }

    /// <summary>The instance that handled it.</summary>
    public string? HandledBy { get; set; }

    public DateTime HandledAt { get; set; }

    /// <summary>How many notifications it queued.</summary>
    public int Queued { get; set; }
}
