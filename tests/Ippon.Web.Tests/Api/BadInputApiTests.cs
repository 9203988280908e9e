using System.Net;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>Bad input through the API: a 400 problem-details body naming the field, line and column, and nothing saved changes.</summary>
public abstract class BadInputApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    [DbFact]
    public async Task Save_YamlWithBrokenFormula_Is400AtTheFormulasLineAndColumn()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var yaml = Templates.Text("sales-100m")!.Replace("formula: deals * win_rate", "formula: deals * (win_rate", StringComparison.Ordinal);
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("yaml", error.GetProperty("field").GetString());
        var line = yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("(win_rate", StringComparison.Ordinal)).i + 1;
        Assert.Equal(line, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 1);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task EditMetric_BrokenFormula_Is400WithTheColumnInTheFormula()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/metrics/orders", new { formula = "deals * * win_rate" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("metrics.orders.formula", error.GetProperty("field").GetString());
        Assert.Equal(9, error.GetProperty("column").GetInt32());
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task EditMetric_UnknownId_Is400WithSuggestionAndColumn()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/metrics/orders?lang=en", new { formula = "deals * win_rat" });
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal(9, error.GetProperty("column").GetInt32());
        Assert.Contains("did you mean 'win_rate'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task EditMetric_Cycle_Is400AndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/metrics/leads?lang=en", new { formula = "orders * 5" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("loop", (await response.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task EditMetric_NegativeCount_Is400AndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/metrics/leads", new { value = "-500" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("metrics.leads", error.GetProperty("field").GetString());
        Assert.Contains("マイナス", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task EditMetric_NotANumber_Is400NamingTheField()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/metrics/win_rate", new { value = "twenty" });
        Assert.Equal("metrics.win_rate.value", (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [DbFact]
    public async Task Import_TenMegabytes_Is400AndCreatesNoPlan()
    {
        var before = (await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans", ApiJson.Options))!.Count;
        using var content = new MultipartFormDataContent();
        using var file = new ByteArrayContent(new byte[10 * 1024 * 1024]);
        content.Add(file, "file", "huge.yaml");
        using var response = await _http.PostAsync("/api/plans/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("file", error.GetProperty("field").GetString());
        Assert.Contains("10 MB", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans", ApiJson.Options))!.Count);
    }

    [DbFact]
    public async Task Save_TenMegabytesOfYaml_Is400()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var yaml = Templates.Text("sales-100m") + "# " + new string('x', 10 * 1024 * 1024) + "\n";
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Import_YamlSyntaxError_Is400WithLineAndColumn()
    {
        using var content = new MultipartFormDataContent();
        using var file = new StringContent("plan: x\nmetrics:\n  a: { name: [unclosed\n");
        content.Add(file, "file", "broken.yaml");
        using var response = await _http.PostAsync("/api/plans/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("file", error.GetProperty("field").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 3);
    }

    [DbFact]
    public async Task EditMetric_ScriptInName_IsStoredAndReturnedVerbatim()
    {
        var plan = await _http.CreateFromTemplateAsync();
        const string name = "<script>alert('x')</script>商談数";
        await _http.PatchMetricAsync(plan.Id, "deals", new { name });
        var calc = await _http.CalculationAsync(plan.Id);
        Assert.Equal(name, calc.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == "deals").GetProperty("name").GetString());
    }

    [DbFact]
    public async Task Save_YamlThatTheParserCannotScan_Is400Not500()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var yaml = Templates.Text("sales-100m")!.Replace("value: 20%", "value: 15%   # comment inside braces", StringComparison.Ordinal);
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteBadInputApiTests(SqliteApi factory) : BadInputApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresBadInputApiTests(PostgresApi factory) : BadInputApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
