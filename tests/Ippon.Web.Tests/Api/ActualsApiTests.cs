using System.Net;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>Actuals per plan: JSON rows, the contract's CSV in and out, and every bad row refused with its line and column.</summary>
public abstract class ActualsApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    [DbFact]
    public async Task Save_Rows_AreReadBackAndExportedAsCsv()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}/actuals", new
        {
            rows = new object[] { new { period = "q1", metric = "leads", value = 200 }, new { period = "Q1", metric = "new_revenue", value = 6_000_000 } },
        });
        response.EnsureSuccessStatusCode();
        var rows = await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan.Id}/actuals", ApiJson.Options);
        Assert.Equal([new ActualRow("Q1", "leads", 200), new ActualRow("Q1", "new_revenue", 6_000_000)], rows);
        Assert.Equal("period,metric,value\nQ1,leads,200\nQ1,new_revenue,6000000\n", await _http.GetStringAsync($"/api/plans/{plan.Id}/actuals?format=csv"));
    }

    [DbFact]
    public async Task UploadCsv_ContractRows_AreStoredPerQuarterWithJapaneseNumbers()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await Upload(plan.Id, "period,metric,value\nQ1,leads,200\nQ2,leads,200\nQ1,new_revenue,\"600万円\"\n2026-07,deals,7\n");
        response.EnsureSuccessStatusCode();
        var rows = await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan.Id}/actuals", ApiJson.Options);
        Assert.Contains(new ActualRow("Q1", "new_revenue", 6_000_000), rows!);
        Assert.Contains(new ActualRow("Q2", "deals", 7), rows!); // a month is counted in its quarter
        Assert.Equal(4, rows!.Count);
    }

    [DbFact]
    public async Task UploadCsv_BadRows_Are400WithLineAndColumnAndStoreNothing()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await Upload(plan.Id, "period,metric,value\nQ1,leads,200\nQ5,leads,1\nQ1,leadz,1\nQ2,deals,lots\nQ1,win_rate,150%\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors").EnumerateArray().ToList();
        var places = errors.Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32())).ToList();
        Assert.Equal([3, 4, 5], places.Select(p => p.Item1));
        Assert.Contains((4, 4), places); // leadz
        Assert.Contains((5, 10), places); // lots
        Assert.Empty((await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan.Id}/actuals", ApiJson.Options))!);
    }

    [DbFact]
    public async Task SaveRows_UnknownMetricAndPeriod_NameTheRowField()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}/actuals?lang=en", new
        {
            rows = new object[] { new { period = "Q9", metric = "leads", value = 1 }, new { period = "Q1", metric = "dealz", value = 1 }, new { period = "Q1", metric = "leads", value = -3 } },
        });
        var errors = (await response.ProblemAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["rows[0].period", "rows[1].metric", "rows[2].value"], errors);
    }

    [DbFact]
    public async Task UploadCsv_TenMegabytes_Is400()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var content = new MultipartFormDataContent();
        using var file = new ByteArrayContent(new byte[10 * 1024 * 1024]);
        content.Add(file, "file", "huge.csv");
        using var response = await _http.PostAsync($"/api/plans/{plan.Id}/actuals/csv", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    async Task<HttpResponseMessage> Upload(Guid plan, string csv)
    {
        using var content = new MultipartFormDataContent();
        using var file = new StringContent(csv);
        content.Add(file, "file", "actuals.csv");
        return await _http.PostAsync($"/api/plans/{plan}/actuals/csv", content);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteActualsApiTests(SqliteApi factory) : ActualsApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresActualsApiTests(PostgresApi factory) : ActualsApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
