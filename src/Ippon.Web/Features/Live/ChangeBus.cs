using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ippon.Web.Features.Live;

/// <summary>
/// Carries <see cref="LiveMessage"/>s to the open pages: within this process (<see cref="LocalChangeBus"/>, SQLite: one
/// instance) or through PostgreSQL's LISTEN/NOTIFY to every instance on the database (<see cref="PostgresChangeBus"/>).
/// Pages subscribe per plan; the presence tracker subscribes to everything.
/// </summary>
public abstract class ChangeBus(ILogger logger)
{
    ImmutableDictionary<Guid, ImmutableList<Func<LiveMessage, Task>>> _byPlan = ImmutableDictionary<Guid, ImmutableList<Func<LiveMessage, Task>>>.Empty;
    ImmutableList<Action<LiveMessage>> _all = [];

    /// <summary>This process's id in the messages it sends (a new one at each start).</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Calls <paramref name="handler"/> for each message about <paramref name="plan"/> until the result is disposed.</summary>
    public IDisposable Subscribe(Guid plan, Func<LiveMessage, Task> handler)
    {
        ImmutableInterlocked.AddOrUpdate(ref _byPlan, plan, _ => [handler], (_, list) => list.Add(handler));
        return new Unsubscribe(() => ImmutableInterlocked.AddOrUpdate(ref _byPlan, plan, _ => [], (_, list) => list.Remove(handler)));
    }

    /// <summary>Calls <paramref name="handler"/> (synchronously, on the receiving thread) for every message.</summary>
    public void SubscribeAll(Action<LiveMessage> handler) => ImmutableInterlocked.Update(ref _all, l => l.Add(handler));

    /// <summary>Sends a message that is not part of a save (presence).</summary>
    public abstract Task PublishAsync(LiveMessage message, CancellationToken ct);

    /// <summary>Sends the messages of a save that <paramref name="db"/> just wrote: they must reach the pages only once it is committed.</summary>
    internal abstract Task PublishSavedAsync(DbContext db, IReadOnlyList<LiveMessage> messages, CancellationToken ct);

    /// <summary>Hands a received message to the subscribers; a failing page never stops the others.</summary>
    protected void Deliver(LiveMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var handler in _all)
        {
            try
            {
                handler(message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LiveLog.HandlerFailed(logger, e, message.Kind, message.PlanId);
            }
        }
        if (!_byPlan.TryGetValue(message.PlanId, out var handlers)) return;
        foreach (var handler in handlers) _ = Run(handler, message);
    }

    /// <summary>Delivers within this process only (the presence tracker's own changes, e.g. an expiry).</summary>
    internal void DeliverLocally(LiveMessage message) => Deliver(message);

    async Task Run(Func<LiveMessage, Task> handler, LiveMessage message)
    {
        try
        {
            await handler(message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page whose circuit is gone: its subscription ends when the page is disposed.
            LiveLog.PageGone(logger, e, message.PlanId);
        }
    }

    sealed class Unsubscribe(Action undo) : IDisposable
    {
        int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) undo();
        }
    }
}

/// <summary>
/// The bus of a single instance (SQLite: one process owns the database file): messages go straight to this process's
/// pages; those of a save in an explicit transaction wait for its commit (<see cref="LiveSaves"/> watches commits).
/// </summary>
public sealed class LocalChangeBus(ILogger<LocalChangeBus> logger) : ChangeBus(logger)
{
    readonly ConditionalWeakTable<System.Data.Common.DbTransaction, List<LiveMessage>> _pending = [];

    public override Task PublishAsync(LiveMessage message, CancellationToken ct)
    {
        Deliver(message);
        return Task.CompletedTask;
    }

    internal override Task PublishSavedAsync(DbContext db, IReadOnlyList<LiveMessage> messages, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            lock (_pending) _pending.GetOrCreateValue(transaction).AddRange(messages);
            return Task.CompletedTask;
        }
        foreach (var message in messages) Deliver(message);
        return Task.CompletedTask;
    }

    /// <summary>The commit (or rollback) of a transaction that held saves.</summary>
    internal void Ended(System.Data.Common.DbTransaction transaction, bool committed)
    {
        List<LiveMessage>? messages;
        lock (_pending)
        {
            if (!_pending.TryGetValue(transaction, out messages)) return;
            _pending.Remove(transaction);
        }
        if (!committed) return;
        foreach (var message in messages) Deliver(message);
    }
}
