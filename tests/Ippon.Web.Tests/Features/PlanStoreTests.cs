using System.Diagnostics.Metrics;
using Ippon.Calculation;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Notifications;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// The plan store's one-way save: the page's draft is written and read back once, diffed once for the scope, the
/// summary and the audit trail, and the version just saved opens without another read or calculation.
/// </summary>
public sealed class PlanStoreTests : IAsyncLifetime, IDisposable
{
    SeededStore _seeded = null!;
    IDbContextFactory<IpponDb> _contexts = null!;
    PlanStore _store = null!;
    Guid _id;

    static readonly Caller Planner = new("planner", AccountRole.Planner, null);

    public async Task InitializeAsync()
    {
        _seeded = await SeededStore.CreateAsync(new KpiAlertsOnSave());
        (_contexts, _store, _id) = (_seeded.Contexts, _seeded.Store, _seeded.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _seeded.Dispose();

    [Fact]
    public async Task SaveDraft_WinRate15Percent_ReadsOnceCalculatesNothingAndDiffsOnce()
    {
        var session = new EditSession((await _store.LoadAsync(_id)).Value!);
        session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "15%" }));

        var (saved, work) = await Counted(() => _store.SaveDraftAsync(_id, session.Draft, Planner, null, session.BaseVersion));

        Assert.True(saved.Ok, saved.Ok ? null : saved.Failure.ToString());
        Assert.Equal(2, saved.Value.Version);
        Assert.Equal("win_rate value 20% → 15%", saved.Value.Summary);
        Assert.Equal(new Work(Parses: 1, Calculations: 0, Diffs: 1), work);
    }

    [Fact]
    public async Task Load_AfterSave_GivesTheSavedDraftWithoutReadingOrCalculating()
    {
        var session = new EditSession((await _store.LoadAsync(_id)).Value!);
        session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "15%" }));
        await _store.SaveDraftAsync(_id, session.Draft, Planner, null, session.BaseVersion);

        var (loaded, work) = await Counted(async () =>
        {
            var latest = await _store.LoadAsync(_id);
            session.Load(latest.Value!);
            return latest;
        });

        Assert.Equal(2, loaded.Value!.Version.Number);
        Assert.Equal(134m, session.Result.Metric("deals")!.Target);
        Assert.Equal(new Work(Parses: 0, Calculations: 0, Diffs: 0), work);
    }

    [Fact]
    public async Task SaveDraft_WritesTheAuditTrailFromTheSameDiffAsTheSummary()
    {
        var session = new EditSession((await _store.LoadAsync(_id)).Value!);
        session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "15%" }));
        session.Apply(p => EditMetric.Apply(p, "unit_price", new EditMetric.Changes { Value = "250万" }));

        var saved = await _store.SaveDraftAsync(_id, session.Draft, Planner, null, session.BaseVersion);
        var audit = await _store.AuditAsync(new AuditQuery(Plan: _id));

        Assert.Equal(
            ["unit_price value 200万円 → 250万円", "win_rate value 20% → 15%"],
            audit.Where(a => a.Version == saved.Value!.Version).Select(a => $"{a.Subject} {a.Field} {a.From} → {a.To}").Order(StringComparer.Ordinal));
        Assert.Equal("unit_price value 200万円 → 250万円; win_rate value 20% → 15%", saved.Value!.Summary);
    }

    [Fact]
    public async Task SaveDraft_OnAnOlderVersion_MergesWithTheSaveInBetween()
    {
        var mine = new EditSession((await _store.LoadAsync(_id)).Value!);
        var theirs = new EditSession((await _store.LoadAsync(_id)).Value!);
        theirs.Apply(p => EditMetric.Apply(p, "unit_price", new EditMetric.Changes { Value = "250万" }));
        await _store.SaveDraftAsync(_id, theirs.Draft, new Caller("them", AccountRole.Planner, null), null, theirs.BaseVersion);
        mine.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "15%" }));

        var saved = await _store.SaveDraftAsync(_id, mine.Draft, Planner, null, mine.BaseVersion);
        var latest = (await _store.LoadAsync(_id)).Value!;

        Assert.True(saved.Ok);
        Assert.Equal(3, latest.Version.Number);
        Assert.Equal(0.15m, latest.Plan.Find("win_rate")!.Value);
        Assert.Equal(2_500_000m, latest.Plan.Find("unit_price")!.Value);
    }

    sealed record Work(long Parses, long Calculations, long Diffs);

    // Counts the work done inside this test's own calls only: the listener sees every thread, so the measurements are
    // filtered by an AsyncLocal flag that flows with this test's awaits and nowhere else.
    static readonly AsyncLocal<bool> s_counting = new();

    static async Task<(T Result, Work Work)> Counted<T>(Func<Task<T>> action)
    {
        long parses = 0, calculations = 0, diffs = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument == PlanWork.Parses || instrument == PlanWork.Diffs || instrument == PlanCalculator.Calculations) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (!s_counting.Value) return;
            if (instrument == PlanWork.Parses) Interlocked.Add(ref parses, value);
            else if (instrument == PlanWork.Diffs) Interlocked.Add(ref diffs, value);
            else Interlocked.Add(ref calculations, value);
        });
        listener.Start();
        s_counting.Value = true;
        try
        {
            var result = await action();
            return (result, new Work(parses, calculations, diffs));
        }
        finally
        {
            s_counting.Value = false;
        }
    }
}
