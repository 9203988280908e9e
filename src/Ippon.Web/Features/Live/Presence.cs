using System.Collections.Concurrent;

namespace Ippon.Web.Features.Live;

/// <summary>
/// Who has which plan open, across instances. Each instance knows its own open pages and tells the others through the
/// <see cref="ChangeBus"/>: at once when a page opens (asking the others to answer with theirs) or closes, and every
/// <see cref="Beat"/> as a heartbeat; what another instance said expires after <see cref="Expiry"/> without a beat,
/// so a crashed instance's viewers disappear by themselves. Nothing is written to the database.
/// </summary>
public sealed class Presence : BackgroundService
{
    /// <summary>How often each instance repeats who is on its pages.</summary>
    public static readonly TimeSpan Beat = TimeSpan.FromSeconds(5);

    /// <summary>How long another instance's viewers are shown without a heartbeat (three missed beats).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(15);

    /// <summary>At most this many viewers per plan and instance in one message (NOTIFY payloads stay small).</summary>
    const int MaxViewers = 50;

    readonly ChangeBus _bus;
    readonly TimeProvider _time;
    readonly ILogger<Presence> _logger;
    readonly ConcurrentDictionary<string, (Guid Plan, Viewer Viewer)> _local = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<(string Instance, Guid Plan), (IReadOnlyList<Viewer> Viewers, DateTimeOffset Until)> _remote = new();

    public Presence(ChangeBus bus, TimeProvider time, ILogger<Presence> logger)
    {
        ArgumentNullException.ThrowIfNull(bus);
        (_bus, _time, _logger) = (bus, time, logger);
        bus.SubscribeAll(Receive);
    }

    /// <summary>Everyone with <paramref name="plan"/> open, on every instance: this instance's pages, then the others'.</summary>
    public IReadOnlyList<Viewer> Viewers(Guid plan)
    {
        var now = _time.GetUtcNow();
        return
        [
            .. _local.Values.Where(x => x.Plan == plan).Select(x => x.Viewer).OrderBy(v => v.Session, StringComparer.Ordinal),
            .. _remote.Where(x => x.Key.Plan == plan && x.Value.Until > now).OrderBy(x => x.Key.Instance, StringComparer.Ordinal).SelectMany(x => x.Value.Viewers),
        ];
    }

    /// <summary>A page opened <paramref name="plan"/>.</summary>
    public Task JoinAsync(Guid plan, Viewer viewer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        _local[viewer.Session] = (plan, viewer);
        return TellAsync(plan, ask: true, ct);
    }

    /// <summary>The page of <paramref name="session"/> closed (or moved to another plan).</summary>
    public Task LeaveAsync(string session, CancellationToken ct) =>
        _local.TryRemove(session, out var left) ? TellAsync(left.Plan, ask: false, ct) : Task.CompletedTask;

    Task TellAsync(Guid plan, bool ask, CancellationToken ct)
    {
        var viewers = _local.Values.Where(x => x.Plan == plan).Select(x => x.Viewer).Take(MaxViewers).ToList();
        var message = new LiveMessage(LiveMessage.Presence, plan, 0, "", _bus.Instance, viewers, ask);
        // Own pages learn at once; the others through the bus (which also loops it back here on PostgreSQL: ignored).
        _bus.DeliverLocally(message);
        return _bus is LocalChangeBus ? Task.CompletedTask : _bus.PublishAsync(message, ct);
    }

    void Receive(LiveMessage message)
    {
        if (message.Kind != LiveMessage.Presence || message.Instance == _bus.Instance) return;
        var key = (message.Instance, message.PlanId);
        var viewers = message.Viewers ?? [];
        if (viewers.Count == 0) _remote.TryRemove(key, out _);
        else _remote[key] = (viewers, _time.GetUtcNow() + Expiry);
        // Someone just opened the plan elsewhere: answer with who is here, so they see us without waiting for a beat.
        if (message.Ask && _local.Values.Any(x => x.Plan == message.PlanId)) _ = Safe(TellAsync(message.PlanId, ask: false, CancellationToken.None));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Beat, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var plan in _local.Values.Select(x => x.Plan).Distinct().ToList()) await Safe(TellAsync(plan, ask: false, stoppingToken));
                var now = _time.GetUtcNow();
                foreach (var gone in _remote.Where(x => x.Value.Until <= now).ToList())
                {
                    // An instance stopped beating (crashed, or cut off): its viewers go, and the pages redraw.
                    if (_remote.TryRemove(gone.Key, out _))
                        _bus.DeliverLocally(new LiveMessage(LiveMessage.Presence, gone.Key.Plan, 0, "", gone.Key.Instance, []));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    async Task Safe(Task sending)
    {
        try
        {
            await sending;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            LiveLog.PresenceFailed(_logger, e);
        }
    }
}
