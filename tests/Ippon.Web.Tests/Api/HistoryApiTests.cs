using System.Net.Http.Json;
using Ippon.Files.Changes;
using Ippon.Testing;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>Every save is a version (who, when, what); two versions compare value by value; a restore is a new version.</summary>
public abstract class HistoryApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    [DbFact]
    public async Task Versions_AfterTwoEdits_ListWhoAndWhatNewestFirst()
    {
        var me = (await _http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me")).GetProperty("name").GetString();
        var plan = await _http.CreateFromTemplateAsync();
        using (var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/plans/{plan.Id}/metrics/win_rate") { Content = JsonContent.Create(new { value = "15%" }) })
        {
            request.Headers.Add("X-Ippon-Author", Uri.EscapeDataString("佐藤"));
            (await _http.SendAsync(request)).EnsureSuccessStatusCode();
        }
        await _http.PatchMetricAsync(plan.Id, "leads", new { owner = "マーケ部" });
        var versions = await _http.GetFromJsonAsync<List<VersionInfo>>($"/api/plans/{plan.Id}/versions", ApiJson.Options);
        Assert.NotNull(versions);
        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        // The author is the signed-in account or token; a name sent in a header is not believed.
        Assert.Equal(me, versions[1].Author);
        Assert.Equal("win_rate value 20% → 15%", versions[1].Summary);
        Assert.Equal("leads owner マーケティング部 → マーケ部", versions[0].Summary);
    }

    [DbFact]
    public async Task Compare_OneToTwo_ShowsTheEditAndTheTargetsItMoved()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        var comparison = await _http.GetFromJsonAsync<Ippon.Web.Features.Store.Comparison>($"/api/plans/{plan.Id}/versions/compare?from=1&to=2", ApiJson.Options);
        Assert.Equal([new Change("win_rate", "受注率", "value", "20%", "15%")], comparison!.Inputs);
        Assert.Contains(new Change("deals", "商談数", "target", "100件", "134件"), comparison.Results);
        Assert.Contains(new Change("leads", "リード数", "target", "1,000件", "1,340件"), comparison.Results);
        Assert.Contains(new Change("calls", "架電", "volume", "10,000件", "13,400件"), comparison.Results);
    }

    [DbFact]
    public async Task Restore_VersionOne_SavesItsTextAsVersionThree()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        using var response = await _http.PostAsync($"/api/plans/{plan.Id}/versions/1/restore", null);
        var saved = await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options);
        Assert.Equal(3, saved!.Version);
        Assert.Equal((await _http.DetailAsync(plan.Id, 1)).Yaml, (await _http.DetailAsync(plan.Id, 3)).Yaml);
        Assert.Equal(100m, (await _http.CalculationAsync(plan.Id)).Target("deals"));
        Assert.Equal(134m, (await _http.CalculationAsync(plan.Id, "?version=2")).Target("deals"));
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteHistoryApiTests(SqliteApi factory) : HistoryApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresHistoryApiTests(PostgresApi factory) : HistoryApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
