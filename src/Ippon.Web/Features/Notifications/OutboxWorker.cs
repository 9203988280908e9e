using Ippon.Storage;
using Ippon.Storage.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// Sends the outbox: claims due messages with a lease, sends each over its channel, marks it sent; a failed send is
/// retried later with exponential back-off (<see cref="NotificationOptions.BackoffAfter"/>) and given up after
/// <see cref="NotificationOptions.MaxAttempts"/>. Several instances share the outbox: on PostgreSQL a claim takes rows
/// with <c>FOR UPDATE SKIP LOCKED</c>, so two workers never hold the same message; on SQLite (one instance) the claim
/// is one UPDATE. A worker killed mid-batch leaves its lease to expire, then its unsent messages are claimed again.
/// </summary>
public sealed class OutboxWorker(
    IDbContextFactory<IpponDb> factory,
    SmtpSender smtp,
    WebhookSender webhooks,
    UnsubscribeLinks links,
    NotificationOptions options,
    TimeProvider time,
    ILogger<OutboxWorker> log) : BackgroundService
{
    /// <summary>This process, as named in the leases it takes.</summary>
    public static string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Disabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                NotificationLog.Unavailable(log, e, options.Poll);
            }
            if (sent == 0)
            {
                try
                {
                    await Task.Delay(options.Poll, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims one batch of due messages and sends them; returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var lease = $"{Instance}/{Guid.NewGuid():N}"[..Math.Min(100, Instance.Length + 33)];
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await ClaimAsync(db, lease, now, ct);
        if (claimed.Count == 0) return 0;
        var settings = await Outbox.SettingsAsync(db, ct);
        foreach (var message in claimed)
        {
            ct.ThrowIfCancellationRequested();
            // Still ours? A batch that took longer than the lease (a slow server) may have had this message taken over
            // by another worker: then that one sends it, not this one. Else the lease is renewed for this send.
            var held = await db.Outbox.Where(m => m.Id == message.Id && m.LockedBy == lease && m.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, time.GetUtcNow().UtcDateTime + options.Lease), ct);
            if (held == 0) continue;
            var to = Redact(message);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(options.SendTimeout);
                var unsubscribe = message.UserId is { } user ? links.For(Outbox.BaseUrl(settings), user, message.Kind) : null;
                IMessageSender sender = message.Channel == NotificationKinds.Email ? smtp : webhooks;
                await sender.SendAsync(message, settings, unsubscribe, timeout.Token);
                var at = time.GetUtcNow().UtcDateTime;
                await db.Outbox.Where(m => m.Id == message.Id && m.LockedBy == lease).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.SentAt, at).SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
                NotificationLog.Sent(log, message.Kind, message.Channel, to, message.IdempotencyKey);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var attempts = message.Attempts + 1;
                var at = time.GetUtcNow().UtcDateTime;
                var giveUp = attempts >= options.MaxAttempts;
                var next = at + options.BackoffAfter(attempts);
                var error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                await db.Outbox.Where(m => m.Id == message.Id && m.LockedBy == lease).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.GaveUpAt, giveUp ? at : (DateTime?)null)
                    .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
                if (giveUp) NotificationLog.GaveUp(log, message.Kind, message.Channel, to, attempts, error);
                else NotificationLog.Failed(log, message.Kind, message.Channel, to, attempts, next, error);
            }
        }
        return claimed.Count;
    }

    async Task<List<OutboxMessage>> ClaimAsync(IpponDb db, string lease, DateTime now, CancellationToken ct)
    {
        var until = now + options.Lease;
        if (db.Database.IsNpgsql())
        {
            // Rows another instance is claiming at this moment are skipped, not waited for.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE outbox SET "LockedBy" = {lease}, "LockedUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM outbox
                    WHERE "SentAt" IS NULL AND "GaveUpAt" IS NULL AND "NextAttemptAt" <= {now}
                      AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "CreatedAt" LIMIT {options.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            // SQLite: one writer at a time, so one UPDATE is the claim.
            await db.Outbox
                .Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.CreatedAt).Take(options.BatchSize)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, lease).SetProperty(m => m.LockedUntil, until), ct);
        }
        return await db.Outbox.AsNoTracking().Where(m => m.LockedBy == lease).OrderBy(m => m.CreatedAt).ToListAsync(ct);
    }

    // Logs name the channel's host, never a webhook's secret path.
    static string Redact(OutboxMessage m) => m.Channel == NotificationKinds.Email ? m.Recipient : Uri.TryCreate(m.Recipient, UriKind.Absolute, out var u) ? u.Host : "webhook";
}
