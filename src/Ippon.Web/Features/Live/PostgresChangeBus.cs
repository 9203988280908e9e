using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ippon.Web.Features.Live;

/// <summary>
/// The bus of instances sharing one PostgreSQL database: a save's messages are sent with <c>pg_notify</c> in the
/// save's own transaction, so PostgreSQL delivers them exactly when (and only if) it commits; every instance, the
/// sender included, LISTENs on one dedicated connection and hands what arrives to its pages.
/// </summary>
/// <remarks>
/// Chosen over SignalR with a Redis backplane: the database every instance already needs is the only server, and
/// the notification is tied to the commit (Redis would be told beside the transaction, before or after it).
/// A notification sent while an instance's listening connection is down is not replayed to it: its pages show the
/// next save (and the save itself is never affected).
/// </remarks>
public sealed class PostgresChangeBus : ChangeBus, IHostedService, IAsyncDisposable
{
    /// <summary>The channel of every Ippon instance on the database.</summary>
    public const string Channel = "ippon_live";

    readonly NpgsqlDataSource _send;
    readonly string _listen;
    readonly ILogger<PostgresChangeBus> _logger;
    readonly CancellationTokenSource _stop = new();
    readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    Task? _loop;

    public PostgresChangeBus(string connectionString, ILogger<PostgresChangeBus> logger)
        : base(logger)
    {
        _logger = logger;
        _send = NpgsqlDataSource.Create(connectionString);
        // Its own unpooled connection: a pooled one is reset (UNLISTEN) when returned; keepalive notices a dead link.
        _listen = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 }.ConnectionString;
    }

    public override async Task PublishAsync(LiveMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var command = _send.CreateCommand("SELECT pg_notify($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = Channel });
        command.Parameters.Add(new NpgsqlParameter { Value = message.ToJson() });
        await command.ExecuteNonQueryAsync(ct);
    }

    internal override async Task PublishSavedAsync(DbContext db, IReadOnlyList<LiveMessage> messages, CancellationToken ct)
    {
        // On the save's connection: inside its transaction when there is one (held back until the commit), otherwise
        // just after SaveChanges committed its own.
        foreach (var message in messages)
            await db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Channel, message.ToJson()], ct);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => ListenAsync(_stop.Token), CancellationToken.None);
        // Pages opened right after start must hear saves: wait (briefly) for LISTEN to be in place.
        await Task.WhenAny(_listening.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
    }

    async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_listen);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) =>
                {
                    if (e.Channel == Channel && LiveMessage.FromJson(e.Payload) is { } message) Deliver(message);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(ct);
                _listening.TrySetResult();
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                LiveLog.ListenFailed(_logger, e);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0) return;
        await _stop.CancelAsync();
        if (_loop is not null) await Task.WhenAny(_loop, Task.Delay(Timeout.Infinite, cancellationToken));
    }

    // Registered twice (the bus, and the hosted service that listens): the container disposes it twice.
    int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stop.CancelAsync();
        _stop.Dispose();
        await _send.DisposeAsync();
    }
}
