using System.Net;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>No accepted change leaves a plan that does not reopen (issue 10, item 4).</summary>
public abstract class IntegrityApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    // The seed plus 訪問数, named only by the stretch scenario and the CRM stage 商談.
    static string SeedWithVisits() => Templates.Text("sales-100m")!
        .Replace("  leads:          { name: リード数,", "  visits:         { name: 訪問数, role: kpi, unit: count, owner: 営業部 }\n  leads:          { name: リード数,", StringComparison.Ordinal)
        .Replace("stretch: { leads: 2000 }", "stretch: { leads: 2000, visits: 50 }", StringComparison.Ordinal)
        .Replace("商談: [leads, deals]", "商談: [leads, deals, visits]", StringComparison.Ordinal);

    [DbFact]
    public async Task AddMetric_IdOver1024Characters_Is400OnTheIdAndThePlanStillOpens()
    {
        var plan = await _http.CreateFromTemplateAsync();

        using var response = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/metrics?lang=en", new { id = new string('k', 1_025), name = "長いID", role = "kpi" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("id", error.GetProperty("field").GetString());
        Assert.Contains("too long (1,025 characters", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
        Assert.Equal(100m, (await _http.CalculationAsync(plan.Id)).Target("deals"));
    }

    [DbFact]
    public async Task AddMetric_WithoutAnId_TakesItsJapaneseName()
    {
        var plan = await _http.CreateFromTemplateAsync();

        using var response = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/metrics", new { name = "訪問数", role = "kpi", formula = "商談数 × 2" });

        response.EnsureSuccessStatusCode();
        Assert.Contains("訪問数:", (await _http.DetailAsync(plan.Id)).Yaml, StringComparison.Ordinal);
        Assert.Equal(200m, (await _http.CalculationAsync(plan.Id)).Planned("訪問数"));
    }

    [DbFact]
    public async Task RemoveMetric_NamedByAScenarioAndTheCrm_Is400ListingBothAndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var put = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml = SeedWithVisits() });
        put.EnsureSuccessStatusCode();

        using var response = await _http.DeleteAsync($"/api/plans/{plan.Id}/metrics/visits?lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.ProblemAsync()).GetProperty("detail").GetString();
        Assert.Contains("the scenario stretch", detail, StringComparison.Ordinal);
        Assert.Contains("the CRM stage 商談", detail, StringComparison.Ordinal);
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task RemoveMetric_WithCascade_TakesTheScenarioAndCrmEntriesAlongAndReopens()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var put = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml = SeedWithVisits() });
        put.EnsureSuccessStatusCode();

        using var response = await _http.DeleteAsync($"/api/plans/{plan.Id}/metrics/visits?cascade=true");

        response.EnsureSuccessStatusCode();
        var yaml = (await _http.DetailAsync(plan.Id)).Yaml;
        Assert.DoesNotContain("visits", yaml, StringComparison.Ordinal);
        Assert.Contains("商談: [leads, deals]", yaml, StringComparison.Ordinal);
        var stretch = await _http.CalculationAsync(plan.Id, "?scenario=stretch");
        Assert.Equal(2000m, stretch.Planned("leads"));
    }

    [DbFact]
    public async Task RemoveMetric_NamedByAFormula_IsRefusedEvenWithCascade()
    {
        var plan = await _http.CreateFromTemplateAsync();

        using var response = await _http.DeleteAsync($"/api/plans/{plan.Id}/metrics/win_rate?cascade=true&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the formula of 新規受注数 (deals * win_rate)", (await response.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteIntegrityApiTests(SqliteApi factory) : IntegrityApiTests(factory), IClassFixture<SqliteApi>;
