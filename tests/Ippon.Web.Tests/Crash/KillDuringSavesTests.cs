using System.Collections.Concurrent;
using System.Net.Http.Json;
using Ippon.Web.Features.Editing;
using Ippon.Web.Features.History;
using Ippon.Web.Features.Plans;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Ippon.Web.Tests.Crash;

/// <summary>Stopping the server mid-save (kill -9) loses nothing that was acknowledged, and the database stays sound.</summary>
public sealed class KillDuringSavesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KillNine_DuringABurstOfSaves_KeepsEveryAcknowledgedSave()
    {
        using var dir = new TempDir();
        await using var server = await WebServer.StartAsync(dir.Database);
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

        await using var connection = new SqliteConnection($"Data Source={dir.Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await command.ExecuteScalarAsync());
    }
}
