using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Drafts;

/// <summary>What the page hands to the autosave: the version edited from, the draft plan (null when it is as saved), the typed actuals and the editor field being typed.</summary>
public sealed record DraftSnapshot(int BaseVersion, Plan? Plan, IReadOnlyList<TypedCell> Actuals, FieldTyping? Typing = null);

/// <summary>
/// Keeps one page's draft in the database as it changes, a short pause after the last change (debounced), so that
/// typing does not write on every keystroke and a reload, a lost connection or a restart loses at most that pause.
/// The page takes a snapshot on its own thread (plans are immutable); the text is written here, one write at a time,
/// the newest snapshot winning. Disposing writes what is still pending.
/// </summary>
public sealed partial class DraftAutosave : IAsyncDisposable
{
    /// <summary>The pause after the last change before the draft is written.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(600);

    readonly IDbContextFactory<IpponDb> _dbs;
    readonly TimeProvider _time;
    readonly ILogger _log;
    readonly Guid _planId;
    readonly string _user;
    readonly ITimer _timer;
    readonly SemaphoreSlim _writing = new(1, 1);
    readonly Lock _lock = new();
    DraftSnapshot? _pending;
    bool _writingNow;

    /// <summary>A change not written yet (waiting for the pause, or being written).</summary>
    public bool Pending
    {
        get
        {
            lock (_lock) return _pending is not null || _writingNow;
        }
    }

    public DraftAutosave(IDbContextFactory<IpponDb> dbs, TimeProvider time, ILogger log, Guid planId, string user)
    {
        _dbs = dbs;
        _time = time;
        _log = log;
        _planId = planId;
        _user = user;
        _timer = time.CreateTimer(_ => _ = FlushAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>When the draft was last written (UTC), or null before the first write.</summary>
    public DateTime? SavedAt { get; private set; }

    /// <summary>How many writes were made (the page shows it to tests as <c>data-writes</c>).</summary>
    public int Writes { get; private set; }

    /// <summary>True after a write failed (the page says so); cleared by the next write that succeeds.</summary>
    public bool Failed { get; private set; }

    /// <summary>Raised (on a pool thread) after each write, successful or not.</summary>
    public event Action? Written;

    /// <summary>Remembers <paramref name="snapshot"/> and writes it after <see cref="Delay"/> without a newer one.</summary>
    public void Schedule(DraftSnapshot snapshot)
    {
        lock (_lock) _pending = snapshot;
        _timer.Change(Delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Writes the pending snapshot now, if any (before the page reloads itself, or when it closes).</summary>
    public async Task FlushAsync()
    {
        await _writing.WaitAsync();
        try
        {
            DraftSnapshot? snapshot;
            lock (_lock)
            {
                (snapshot, _pending) = (_pending, null);
                _writingNow = snapshot is not null;
            }
            if (snapshot is null) return;
            try
            {
                var yaml = snapshot.Plan is null ? null : PlanText.Write(snapshot.Plan);
                await using var db = await _dbs.CreateDbContextAsync();
                var now = _time.GetUtcNow().UtcDateTime;
                await DraftStore.Write(db, _planId, _user, snapshot.BaseVersion, yaml, snapshot.Actuals, snapshot.Typing, now, CancellationToken.None);
                SavedAt = now;
                Writes++;
                Failed = false;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or IOException or TimeoutException or System.Data.Common.DbException)
            {
                // The page says the draft is not kept; the next change tries again. Never a reason to break the page.
                Failed = true;
                NotKept(_log, e, _planId, _user);
            }
        }
        finally
        {
            lock (_lock) _writingNow = false;
            _writing.Release();
        }
        Written?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        await FlushAsync();
        _writing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not keep the draft of plan {Plan} for {User}")]
    static partial void NotKept(ILogger log, Exception error, Guid plan, string user);
}
