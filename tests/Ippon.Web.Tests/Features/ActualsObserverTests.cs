using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// A save of actuals calls the <see cref="ISavedActualsObserver"/>s the store was given (Notifications' KPI alerts in
/// the app), inside the save: they see the rows before and the cells changed, and a save that fails in an observer
/// stores nothing; a refused save calls none.
/// </summary>
public sealed class ActualsObserverTests : IAsyncLifetime, IDisposable
{
    SeededStore _seeded = null!;
    readonly Recording _observer = new();
    IDbContextFactory<IpponDb> _contexts = null!;
    PlanStore _store = null!;
    Guid _id;

    static readonly Caller Planner = new("planner", AccountRole.Planner, null);

    public async Task InitializeAsync()
    {
        _seeded = await SeededStore.CreateAsync(_observer);
        (_contexts, _store, _id) = (_seeded.Contexts, _seeded.Store, _seeded.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _seeded.Dispose();

    [Fact]
    public async Task SaveActuals_TellsTheObserverTheRowsBeforeAndTheCellsChanged()
    {
        await _store.SaveActualsAsync(_id, [new("Q1", "leads", 100m)], false, Planner);

        var saved = await _store.SaveActualsAsync(_id, [new("Q1", "leads", 120m), new("Q1", "deals", 15m)], false, Planner);

        Assert.True(saved.Ok, saved.Ok ? null : saved.Failure.ToString());
        Assert.Equal(2, _observer.Seen.Count);
        var second = _observer.Seen[1];
        Assert.Equal(_id, second.PlanId);
        Assert.Equal([new ActualRow("Q1", "leads", 100m)], second.Before);
        Assert.Equal([new ActualChange("Q1", "leads", 100m, 120m), new ActualChange("Q1", "deals", null, 15m)], second.Changes);
        Assert.Equal("planner", second.Caller.Name);
    }

    [Fact]
    public async Task SaveActuals_ThatFailsInAnObserver_StoresNothing()
    {
        _observer.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.SaveActualsAsync(_id, [new("Q1", "leads", 100m)], false, Planner));

        Assert.Empty(await _store.ActualsAsync(_id));
    }

    [Fact]
    public async Task SaveActuals_RefusedForAnotherDepartment_CallsNoObserver()
    {
        var sales = new Caller("sales", AccountRole.Editor, "営業部");

        var saved = await _store.SaveActualsAsync(_id, [new("Q1", "leads", 100m)], false, sales); // leads are マーケティング部's

        Assert.False(saved.Ok);
        Assert.Empty(_observer.Seen);
        Assert.Empty(await _store.ActualsAsync(_id));
    }

    sealed class Recording : ISavedActualsObserver
    {
        public List<SavingActuals> Seen { get; } = [];

        public bool Fail { get; set; }

        public Task SavingAsync(IpponDb db, SavingActuals saving, CancellationToken ct)
        {
            if (Fail) throw new InvalidOperationException("the observer failed");
            Seen.Add(saving);
            return Task.CompletedTask;
        }
    }
}
