using System.Data.Common;
using System.Runtime.CompilerServices;
using Ippon.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ippon.Web.Features.Live;

/// <summary>
/// Watches every save of every context (an EF Core interceptor, so the API, the pages, restores, re-plans and actuals
/// are all covered without each calling the bus): a new plan version or changed actuals become
/// <see cref="LiveMessage"/>s, sent once the save is written.
/// </summary>
public sealed class LiveSaves : SaveChangesInterceptor
{
    readonly ConditionalWeakTable<DbContext, List<LiveMessage>> _pending = [];

    /// <summary>Set when the bus is created (the interceptors are built before the service container).</summary>
    internal ChangeBus? Bus { get; set; }

    /// <summary>The interceptors to give every context: this one, and the commit watch of the in-process bus.</summary>
    public IInterceptor[] Interceptors => [this, new Commits(this)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        // The app saves asynchronously everywhere; a synchronous save (a tool, a test) is announced all the same.
        if (Take(eventData.Context) is { } messages && Bus is { } bus) bus.PublishSavedAsync(eventData.Context!, messages, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Take(eventData.Context) is { } messages && Bus is { } bus) await bus.PublishSavedAsync(eventData.Context!, messages, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData?.Context);
        return Task.CompletedTask;
    }

    void Collect(DbContextEventData eventData)
    {
        if (Bus is not { } bus || eventData.Context is not { } db) return;
        List<LiveMessage> messages =
        [
            .. db.ChangeTracker.Entries<PlanVersion>().Where(e => e.State == EntityState.Added)
                .Select(v => new LiveMessage(LiveMessage.Saved, v.Entity.PlanId, v.Entity.Number, v.Entity.Author, bus.Instance)),
            .. db.ChangeTracker.Entries<ActualValue>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .GroupBy(e => e.Entity.PlanId)
                .Select(plan => new LiveMessage(LiveMessage.Actuals, plan.Key, 0, plan.First().Entity.EnteredBy, bus.Instance)),
        ];
        lock (_pending)
        {
            _pending.Remove(db);
            if (messages.Count > 0) _pending.Add(db, messages);
        }
    }

    List<LiveMessage>? Take(DbContext? db)
    {
        if (db is null) return null;
        lock (_pending)
        {
            if (!_pending.TryGetValue(db, out var messages)) return null;
            _pending.Remove(db);
            return messages;
        }
    }

    /// <summary>The in-process bus holds a transaction's messages until it commits (PostgreSQL does that by itself).</summary>
    sealed class Commits(LiveSaves saves) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction, true);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Ended(transaction, true);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction, false);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Ended(transaction, false);
            return Task.CompletedTask;
        }

        void Ended(DbTransaction transaction, bool committed)
        {
            if (saves.Bus is LocalChangeBus local) local.Ended(transaction, committed);
        }
    }
}
