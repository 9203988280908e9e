using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Ippon.Web.Tests.Notifications;
using Xunit.Abstractions;

namespace Ippon.Web.Tests.Crash;

/// <summary>
/// kill -9 of the real app process while a batch of alert mails is being sent, then a restart: every mail arrives,
/// each with its own Message-ID (the idempotency key), and none is sent twice but possibly the one that was on the
/// wire at the kill (SMTP cannot tell a sender whose process died that its mail was taken).
/// </summary>
public abstract class KillDuringSendingTests(ITestOutputHelper output, Ippon.Storage.DatabaseEngine engine)
{
    [DbFact]
    public async Task KillNine_WhileSendingABatch_EveryMailArrives_NoneTwiceButTheOneOnTheWire()
    {
        using var dir = new TempDir();
        var database = engine == Ippon.Storage.DatabaseEngine.Postgres ? TestPostgres.CreateDatabase() : dir.File("ippon.db");
        try
        {
            await RunAsync(database);
        }
        finally
        {
            if (engine == Ippon.Storage.DatabaseEngine.Postgres) TestPostgres.DropDatabase(database);
        }
    }

    async Task RunAsync(string database)
    {
        await using var smtp = TestSmtpServer.Start();
        smtp.SenderDelay = TimeSpan.FromMilliseconds(150); // a slow server: the batch takes seconds
        var settings = NotifyApi.FastWorker.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => (string?)s.Value);
        await using var server = await WebServer.StartAsync(database, settings);
        using (var admin = await server.AdminClientAsync())
        {
            await Notify.ConfigureAsync(admin, smtp, null);
            for (var i = 0; i < 24; i++) await Notify.AccountAsync(admin, $"planner-{i:00}", "planner", null, $"planner-{i:00}@ippon.test", i % 2 == 0 ? "ja" : "en");
            var plan = (await admin.CreateFromTemplateAsync()).Id;
            await Notify.SaveActualsAsync(admin, plan, ("Q1", "leads", 100)); // queues one alert per planner and KPI that fell
        }
        await smtp.WaitForAsync(m => m.Count >= 6, TimeSpan.FromSeconds(60));
        server.Kill();
        var atKill = smtp.Received.Count;
        output.WriteLine($"{atKill} mails delivered before kill -9");

        await server.StartAgainAsync();
        using var check = await server.AdminClientAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        List<JsonElement> outbox;
        while (true)
        {
            outbox = [.. (await check.GetFromJsonAsync<List<JsonElement>>("/api/notifications/outbox?limit=1000"))!.Where(m => m.GetProperty("channel").GetString() == "email")];
            if (outbox.All(m => m.GetProperty("sent_at").ValueKind != JsonValueKind.Null) || DateTime.UtcNow > deadline) break;
            await Task.Delay(200);
        }
        var mails = smtp.Received.ToList();
        var expected = outbox.Select(m => Ippon.Web.Features.Notifications.SmtpSender.MessageId(m.GetProperty("idempotency_key").GetString()!)).ToHashSet();
        var received = mails.Select(m => m.MessageId).ToList();
        output.WriteLine($"{outbox.Count} mails queued, {received.Count} received, {received.Distinct().Count()} distinct, {atKill} before the kill");
        Assert.True(outbox.Count >= 24, $"one alert per planner at least, got {outbox.Count}");
        Assert.All(outbox, m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("sent_at").ValueKind));
        Assert.True(atKill < outbox.Count, "the kill landed mid-batch");
        Assert.Equal(expected.Order(), received.Distinct().Order()); // every mail arrived, nothing else did
        Assert.True(received.Count - expected.Count <= 1, $"{received.Count - expected.Count} sent twice");
        foreach (var mail in mails) Assert.Single(mail.To.Mailboxes); // one recipient each
    }
}

/// <summary>On the embedded SQLite file.</summary>
public sealed class SqliteKillDuringSendingTests(ITestOutputHelper output) : KillDuringSendingTests(output, Ippon.Storage.DatabaseEngine.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgresKillDuringSendingTests(ITestOutputHelper output) : KillDuringSendingTests(output, Ippon.Storage.DatabaseEngine.Postgres), IPostgresTests;
