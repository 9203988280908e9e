using System.Net;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>The plan list through the real HTTP pipeline on a temporary SQLite file: seed, create, import, duplicate, archive, delete and undo, export.</summary>
public abstract class PlansApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    [DbFact]
    public async Task List_NewDatabase_HoldsTheSeedPlan()
    {
        var plans = await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans", ApiJson.Options);
        Assert.Contains(plans!, p => p.Title == "年間売上1億円計画" && p.Version >= 1);
    }

    [DbFact]
    public async Task Create_FromTemplate_StoresVersionOneWithTheTemplateText()
    {
        var created = await _http.CreateFromTemplateAsync();
        var detail = await _http.DetailAsync(created.Id);
        Assert.Equal(1, detail.Version);
        Assert.Equal(Templates.Text("sales-100m"), detail.Yaml);
        Assert.Equal(created.ETag, detail.Plan.ETag);
    }

    public static TheoryData<string> TemplateNames => [.. Templates.Names];

    [DbTheory]
    [MemberData(nameof(TemplateNames))]
    public async Task Create_EveryTemplate_CalculatesWithoutErrors(string template)
    {
        var created = await _http.CreateFromTemplateAsync(template);
        var calculation = await _http.CalculationAsync(created.Id);
        Assert.Equal(0, calculation.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [DbFact]
    public async Task Create_UnknownTemplate_Is400NamingTheField()
    {
        using var response = await _http.PostAsJsonAsync("/api/plans", new { template = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("template", problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [DbFact]
    public async Task Import_YamlFile_CreatesThePlan()
    {
        using var content = new MultipartFormDataContent();
        using var file = new StringContent("plan: 取り込みテスト\nmetrics:\n  sales: { name: 売上, role: kgi, target: 1000, unit: JPY, owner: 営業部, deadline: 2027-03-31 }\n");
        content.Add(file, "file", "import.yaml");
        using var response = await _http.PostAsync("/api/plans/import", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<PlanSummary>(ApiJson.Options);
        Assert.Equal("取り込みテスト", created!.Title);
    }

    [DbFact]
    public async Task Duplicate_CopiesTheContentUnderANewTitle()
    {
        var source = await _http.CreateFromTemplateAsync();
        using var response = await _http.PostAsync($"/api/plans/{source.Id}/duplicate?lang=en", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = await response.Content.ReadFromJsonAsync<PlanSummary>(ApiJson.Options);
        Assert.Equal("年間売上1億円計画 (copy)", copy!.Title);
        var calculation = await _http.CalculationAsync(copy.Id);
        Assert.Equal(1000m, calculation.Target("leads"));
    }

    [DbFact]
    public async Task Archive_HidesFromTheListUntilUnarchived()
    {
        var plan = await _http.CreateFromTemplateAsync();
        (await _http.PostAsync($"/api/plans/{plan.Id}/archive", null)).EnsureSuccessStatusCode();
        Assert.DoesNotContain((await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans", ApiJson.Options))!, p => p.Id == plan.Id);
        Assert.Contains((await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans?archived=true", ApiJson.Options))!, p => p.Id == plan.Id && p.Archived);
        (await _http.PostAsync($"/api/plans/{plan.Id}/unarchive", null)).EnsureSuccessStatusCode();
        Assert.Contains((await _http.GetFromJsonAsync<List<PlanSummary>>("/api/plans", ApiJson.Options))!, p => p.Id == plan.Id && !p.Archived);
    }

    [DbFact]
    public async Task Delete_ThenUndelete_BringsThePlanBackWithItsHistory()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        (await _http.DeleteAsync($"/api/plans/{plan.Id}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/plans/{plan.Id}")).StatusCode);
        (await _http.PostAsync($"/api/plans/{plan.Id}/undelete", null)).EnsureSuccessStatusCode();
        var detail = await _http.DetailAsync(plan.Id);
        Assert.Equal(2, detail.Version);
    }

    [DbFact]
    public async Task Export_Yaml_IsTheVersionTextAsAFile()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.GetAsync($"/api/plans/{plan.Id}/export?format=yaml");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/yaml", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("-v1.yaml", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        Assert.Equal(Templates.Text("sales-100m"), await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Export_UnknownFormat_Is400NamingTheFormats()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.GetAsync($"/api/plans/{plan.Id}/export?format=docx&lang=en");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("format", error.GetProperty("field").GetString());
        Assert.Contains("yaml, html, pdf, svg, png, md, xlsx", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Export_Html_IsTheApprovalDocumentWithTheReviewWhenThereAreActuals()
    {
        var plan = await _http.CreateFromTemplateAsync();
        const string landing = "着地予測 (残りを計画どおり)";
        var before = await _http.GetStringAsync($"/api/plans/{plan.Id}/export?format=html");
        Assert.Contains("年間売上1億円計画", before, StringComparison.Ordinal);
        Assert.DoesNotContain(landing, before, StringComparison.Ordinal);
        (await _http.PutAsJsonAsync($"/api/plans/{plan.Id}/actuals", new { rows = new object[] { new { period = "Q1", metric = "leads", value = 200 } } })).EnsureSuccessStatusCode();
        using var response = await _http.GetAsync($"/api/plans/{plan.Id}/export?format=html");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(landing, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Export_Xlsx_ImportsBackToTheSamePlan()
    {
        var plan = await _http.CreateFromTemplateAsync();
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });
        var workbook = await _http.GetByteArrayAsync($"/api/plans/{plan.Id}/export?format=xlsx");
        using var content = new MultipartFormDataContent();
        using var file = new ByteArrayContent(workbook);
        content.Add(file, "file", "plan.xlsx");
        using var response = await _http.PostAsync("/api/plans/import", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var imported = await response.Content.ReadFromJsonAsync<PlanSummary>(ApiJson.Options);
        var calculation = await _http.CalculationAsync(imported!.Id);
        Assert.Equal(134m, calculation.Target("deals"));
        Assert.Equal(1340m, calculation.Target("leads"));
    }

    [DbFact]
    public async Task Import_BrokenWorkbook_Is400OnTheFile()
    {
        using var content = new MultipartFormDataContent();
        using var file = new ByteArrayContent("not a zip"u8.ToArray());
        content.Add(file, "file", "plan.xlsx");
        using var response = await _http.PostAsync("/api/plans/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("file", (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [DbFact]
    public async Task Get_UnknownPlan_Is404ProblemDetails()
    {
        using var response = await _http.GetAsync($"/api/plans/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqlitePlansApiTests(SqliteApi factory) : PlansApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresPlansApiTests(PostgresApi factory) : PlansApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
