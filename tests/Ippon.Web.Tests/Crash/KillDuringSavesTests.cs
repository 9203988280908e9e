using System.Collections.Concurrent;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Ippon.Web.Tests.Crash;

/// <summary>Stopping the server mid-save (kill -9) loses nothing that was acknowledged, and the database stays sound: on SQLite and on PostgreSQL.</summary>
public abstract class KillDuringSavesTests(ITestOutputHelper output, Ippon.Storage.DatabaseEngine engine)
{
    [DbFact]
    public async Task KillNine_DuringABurstOfSaves_KeepsEveryAcknowledgedSave()
    {
        using var dir = new TempDir();
        var database = engine == Ippon.Storage.DatabaseEngine.Postgres ? TestPostgres.CreateDatabase() : dir.File("ippon.db");
        try
        {
            await RunAsync(database, dir);
        }
        finally
        {
            if (engine == Ippon.Storage.DatabaseEngine.Postgres) TestPostgres.DropDatabase(database);
        }
    }

    async Task RunAsync(string database, TempDir dir)
    {
        await using var server = await WebServer.StartAsync(database);
        var template = Templates.Text("sales-100m")!;
        Guid planId;
        using (var http = await server.AdminClientAsync())
            planId = (await http.CreateFromTemplateAsync()).Id;

        // Four writers save distinct plan texts as fast as they can; each acknowledged save records (version, marker).
        var acknowledged = new ConcurrentBag<(int Version, string Marker)>();
        using var stop = new CancellationTokenSource();
        async Task Writer(int writer)
        {
            using var http = await server.AdminClientAsync(TimeSpan.FromSeconds(10));
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var marker = $"burst-{writer}-{i}";
                var yaml = template.Replace("vision: 売上10億円・ユーザー10万人", $"vision: {marker}", StringComparison.Ordinal);
                try
                {
                    using var response = await http.PutAsJsonAsync($"/api/plans/{planId}", new { yaml }, stop.Token);
                    if (!response.IsSuccessStatusCode) continue;
                    var saved = await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options, stop.Token);
                    acknowledged.Add((saved!.Version, marker));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
                {
                    return; // the server is gone
                }
            }
        }
        var writers = Enumerable.Range(0, 4).Select(Writer).ToList();
        while (acknowledged.Count < 40) await Task.Delay(5);
        server.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        output.WriteLine($"{acknowledged.Count} saves acknowledged before kill -9");

        await server.StartAgainAsync();
        using var check = await server.AdminClientAsync();
        var versions = (await check.GetFromJsonAsync<List<VersionInfo>>($"/api/plans/{planId}/versions", ApiJson.Options))!;
        foreach (var (version, marker) in acknowledged)
        {
            var detail = await check.DetailAsync(planId, version);
            Assert.Contains($"vision: {marker}\n", detail.Yaml, StringComparison.Ordinal);
        }
        Assert.Equal(Enumerable.Range(1, versions.Count).Reverse(), versions.Select(v => v.Number));
        Assert.True(versions.Count > acknowledged.Count, "version 1 plus every acknowledged save");

        server.Kill();
        if (engine == Ippon.Storage.DatabaseEngine.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={dir.File("ippon.db")}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await command.ExecuteScalarAsync());
            return;
        }
        // PostgreSQL: amcheck verifies every B-tree index of the app's tables against its heap; and the app's own
        // invariant holds: each plan's latest version number is its highest version, with no gaps.
        await using var pg = new NpgsqlConnection(database);
        await pg.OpenAsync();
        await using (var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS amcheck", pg)) await extension.ExecuteNonQueryAsync();
        await using (var amcheck = new NpgsqlCommand("""
            WITH indexes AS MATERIALIZED (
                SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public')
            SELECT count(*) FROM (SELECT bt_index_parent_check(oid, true) FROM indexes) AS checked -- a corrupt index raises an error
            """, pg))
        {
            Assert.True((long)(await amcheck.ExecuteScalarAsync())! > 0, "amcheck checked the indexes");
        }
        await using var consistent = new NpgsqlCommand("""
            SELECT count(*) FROM plans p
            WHERE p."LatestVersion" <> (SELECT max(v."Number") FROM plan_versions v WHERE v."PlanId" = p."Id")
               OR p."LatestVersion" <> (SELECT count(*) FROM plan_versions v WHERE v."PlanId" = p."Id")
            """, pg);
        Assert.Equal(0L, (long)(await consistent.ExecuteScalarAsync())!);
    }
}

/// <summary>The crash test on the embedded SQLite file.</summary>
public sealed class SqliteKillDuringSavesTests(ITestOutputHelper output) : KillDuringSavesTests(output, Ippon.Storage.DatabaseEngine.Sqlite);

/// <summary>The crash test on PostgreSQL.</summary>
public sealed class PostgresKillDuringSavesTests(ITestOutputHelper output) : KillDuringSavesTests(output, Ippon.Storage.DatabaseEngine.Postgres), IPostgresTests;
