using System.Net;
using System.Net.Http.Json;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Reporting;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>Editing and calculating through the API: the same edit functions as the page, the same JSON as <c>ippon plan --json</c>.</summary>
public abstract class EditingApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    [DbFact]
    public async Task Calculation_SeedPlan_IsTheJsonOfIpponPlan()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var expected = PlanJson.Serialize(PlanCalculator.Calculate(PlanReader.Parse(Templates.Text("sales-100m")!).Plan!), Language.Ja);
        var actual = await _http.GetStringAsync($"/api/plans/{plan.Id}/calculation");
        Assert.Equal(expected, actual);
    }

    [DbFact]
    public async Task EditMetric_WinRate15Percent_Gives134Deals1340Leads13400Calls()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var saved = await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        Assert.Equal(2, saved.Version);
        Assert.Contains("win_rate value 20% → 15%", saved.Summary, StringComparison.Ordinal);
        var calculation = await _http.CalculationAsync(plan.Id);
        Assert.Equal(134m, calculation.Target("deals"));
        Assert.Equal(1340m, calculation.Target("leads"));
        Assert.Equal(13400m, calculation.Volume("calls"));
    }

    [DbFact]
    public async Task Calculation_WithSet_DoesNotSave()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var whatIf = await _http.CalculationAsync(plan.Id, "?set=win_rate=15%25");
        Assert.Equal(134m, whatIf.Target("deals"));
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Calculate_YamlWithScenario_AppliesTheStretch()
    {
        using var response = await _http.PostAsJsonAsync("/api/calculate", new { yaml = Templates.Text("sales-100m"), scenario = "stretch" });
        response.EnsureSuccessStatusCode();
        using var doc = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("stretch", doc.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(2000m, doc.RootElement.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == "leads").GetProperty("planned").GetDecimal());
    }

    [DbFact]
    public async Task Save_WithStaleBaseVersionChangingOtherValues_MergesBothChanges()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        var yaml = Templates.Text("sales-100m")!.Replace("vision: 売上10億円・ユーザー10万人", "vision: 別の人の編集", StringComparison.Ordinal);
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml, base_version = 1 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = PlanReader.Parse((await _http.DetailAsync(plan.Id)).Yaml).Plan!;
        Assert.Equal(("別の人の編集", 0.15m), (merged.Vision, merged.Find("win_rate")!.Value!.Value));
        Assert.Equal(3, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Save_WithStaleBaseVersionChangingTheSameValue_Is409WithBothValuesAndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/metrics/win_rate?base_version=1", new { value = "25%" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ProblemAsync();
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("win_rate.value", error.GetProperty("field").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("25%", message, StringComparison.Ordinal);
        Assert.Contains("15%", message, StringComparison.Ordinal);
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Save_WithStaleIfMatch_Is412()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var etag = (await _http.DetailAsync(plan.Id)).Plan.ETag;
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}") { Content = JsonContent.Create(new { yaml = Templates.Text("sales-100m") }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Save_SameText_CreatesNoVersion()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml = Templates.Text("sales-100m") });
        var saved = await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options);
        Assert.False(saved!.Created);
        Assert.Equal(1, saved.Version);
    }

    [DbFact]
    public async Task Save_NewText_KeepsItVerbatimWithComments()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var yaml = Templates.Text("sales-100m")!.Replace("value: 20%", "value: 15%", StringComparison.Ordinal) + "# Q2レビューで受注率を見直し\n";
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml, summary = "Q2 review" });
        response.EnsureSuccessStatusCode();
        var detail = await _http.DetailAsync(plan.Id);
        Assert.Equal(yaml, detail.Yaml);
        Assert.Equal("Q2 review", detail.Summary);
        Assert.Equal(134m, (await _http.CalculationAsync(plan.Id)).Target("deals"));
    }

    [DbFact]
    public async Task AddMetric_ThenRemove_EachIsAVersion()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var added = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/metrics", new { id = "visits", name = "訪問数", role = "kpi", owner = "営業部" });
        added.EnsureSuccessStatusCode();
        var calc = await _http.CalculationAsync(plan.Id);
        Assert.Contains(calc.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "unconnected-metric" && f.GetProperty("subject").GetString() == "visits");
        using var removed = await _http.DeleteAsync($"/api/plans/{plan.Id}/metrics/visits");
        removed.EnsureSuccessStatusCode();
        Assert.Equal(3, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task RemoveMetric_UsedByAFormula_Is400NamingTheUser()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.DeleteAsync($"/api/plans/{plan.Id}/metrics/win_rate?lang=en");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("新規受注数", (await response.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task EditAction_CapacityTooSmall_SavesWithOverCapacityFinding()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PatchAsJsonAsync($"/api/plans/{plan.Id}/actions/calls", new { capacity_people = "2" });
        response.EnsureSuccessStatusCode();
        var calc = await _http.CalculationAsync(plan.Id);
        Assert.Contains(calc.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "over-capacity" && f.GetProperty("subject").GetString() == "calls");
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteEditingApiTests(SqliteApi factory) : EditingApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresEditingApiTests(PostgresApi factory) : EditingApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
