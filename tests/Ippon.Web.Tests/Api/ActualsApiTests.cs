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

    [DbFact]
    public async Task SaveRows_MembersOwnActuals_AreReadBackWithTheirMemberAndExportedWithAMemberColumn()
    {
        var plan = await CreateAsync(TwoRepsPlan.Yaml);
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan}/actuals", new
        {
            rows = new object[]
            {
                new { period = "Q1", metric = "rep_deals", member = "田中", value = 20 },
                new { period = "q1", metric = "rep_deals", member = "佐藤", value = 20 },
                new { period = "Q1", metric = "orders", value = 9 }, // a body without member: the whole metric, as before
            },
        });
        response.EnsureSuccessStatusCode();
        var rows = await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan}/actuals", ApiJson.Options);
        Assert.Equal([new ActualRow("Q1", "orders", 9), new ActualRow("Q1", "rep_deals", 20, "佐藤"), new ActualRow("Q1", "rep_deals", 20, "田中")], rows);
        // The whole metric's row has no member field at all: readers written before members see what they always saw.
        using var json = System.Text.Json.JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{plan}/actuals"));
        var fields = json.RootElement.EnumerateArray().Select(r => string.Join(",", r.EnumerateObject().Select(p => p.Name))).ToList();
        Assert.Equal(["period,metric,value", "period,metric,value,member", "period,metric,value,member"], fields);
        Assert.Equal("period,metric,value,member\nQ1,orders,9,\nQ1,rep_deals,20,佐藤\nQ1,rep_deals,20,田中\n",
            await _http.GetStringAsync($"/api/plans/{plan}/actuals?format=csv"));
    }

    [DbFact]
    public async Task UploadCsv_MemberColumn_StoresEachRepsOwnRowsAndTheExportReadsBackTheSame()
    {
        var plan = await CreateAsync(TwoRepsPlan.Yaml);
        using var response = await Upload(plan, TwoRepsPlan.ActualsAfterQ1);
        response.EnsureSuccessStatusCode();
        var rows = await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan}/actuals", ApiJson.Options);
        Assert.Equal(
            [new ActualRow("Q1", "rep_deals", 20, "佐藤"), new ActualRow("Q1", "rep_deals", 20, "田中"), new ActualRow("Q1", "rep_orders", 1, "佐藤"), new ActualRow("Q1", "rep_orders", 8, "田中")],
            rows);
        // The exported CSV is the contract's: uploading it again changes nothing.
        var csv = await _http.GetStringAsync($"/api/plans/{plan}/actuals?format=csv");
        using var again = await Upload(plan, csv);
        again.EnsureSuccessStatusCode();
        Assert.Equal(rows, await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan}/actuals", ApiJson.Options));
    }

    [DbFact]
    public async Task SaveRows_UnknownMemberScalarMetricWithAMemberAndACellTwice_Are400NamingEachAndStoreNothing()
    {
        var plan = await CreateAsync(TwoRepsPlan.Yaml);
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan}/actuals?lang=en", new
        {
            rows = new object[]
            {
                new { period = "Q1", metric = "rep_deals", member = "鈴木", value = 3 },
                new { period = "Q1", metric = "orders", member = "田中", value = 3 },
                new { period = "Q1", metric = "rep_deals", member = "田中", value = 20 },
                new { period = "q1", metric = "rep_deals", member = "田中", value = 21 },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ProblemAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(["rows[0].member", "rows[1].member", "rows[3].period"], errors.Select(e => e.Item1));
        Assert.Contains("'鈴木' is not a member of rep_deals", errors[0].Item2, StringComparison.Ordinal);
        Assert.Contains("orders does not vary over members", errors[1].Item2, StringComparison.Ordinal);
        Assert.Contains("also rows[2]", errors[2].Item2, StringComparison.Ordinal);
        Assert.Empty((await _http.GetFromJsonAsync<List<ActualRow>>($"/api/plans/{plan}/actuals", ApiJson.Options))!);
    }

    [DbFact]
    public async Task UploadCsv_UnknownMember_Is400WithItsLineAndColumn()
    {
        var plan = await CreateAsync(TwoRepsPlan.Yaml);
        using var response = await Upload(plan, "period,metric,member,value\nQ1,rep_deals,田中,20\nQ1,rep_deals,鈴木,3\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal((3, 14), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Contains("鈴木", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    async Task<Guid> CreateAsync(string yaml)
    {
        using var response = await _http.PostAsJsonAsync("/api/plans", new { yaml });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Ippon.Web.Features.Store.PlanSummary>(ApiJson.Options))!.Id;
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
