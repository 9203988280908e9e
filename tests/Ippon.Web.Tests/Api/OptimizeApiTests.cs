using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Optimize;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>The optimizer through the API: the JSON of <c>ippon optimize --json</c>, bad options as problem+json naming the field.</summary>
public abstract class OptimizeApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    static string Teams => Templates.Text("sales-100m-teams")!;

    [DbFact]
    public async Task Optimize_TeamsPlan_IsTheJsonOfIpponOptimize()
    {
        using var response = await _http.PostAsJsonAsync("/api/optimize", new { yaml = Teams });

        response.EnsureSuccessStatusCode();
        var expected = OptimizeJson.Serialize(ActionMixOptimizer.Run(PlanReader.Parse(Teams).Plan!, new OptimizeOptions { TimeLimit = TimeSpan.FromSeconds(10) }), Language.Ja);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Optimize_AtFifteenPercent_AnswersInfeasibleWithTheSmallestFixes()
    {
        using var response = await _http.PostAsJsonAsync("/api/optimize?lang=en", new { yaml = Teams, set = new Dictionary<string, string> { ["win_rate"] = "15%" } });

        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("infeasible", doc.RootElement.GetProperty("status").GetString());
        Assert.Contains(doc.RootElement.GetProperty("fixes").EnumerateArray(), f => f.GetProperty("sentence").GetString() == "add 100 h to 営業部 (0.2778 people ≈ 1)");
    }

    [DbTheory]
    [InlineData("cheapest", null, "objective")]
    [InlineData("kgi", null, "budget")]
    [InlineData("cost", "lots", "budget")]
    public async Task Optimize_BadOption_Is400NamingTheField(string objective, string? budget, string field)
    {
        using var response = await _http.PostAsJsonAsync("/api/optimize", new { yaml = Teams, objective, budget });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(field, doc.RootElement.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [DbFact]
    public async Task Optimization_StoredPlanWithABudget_MaximisesTheKgiWithinIt()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");

        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{plan.Id}/optimization?objective=kgi&budget=500万"));

        Assert.Equal("optimal", doc.RootElement.GetProperty("status").GetString());
        Assert.True(doc.RootElement.GetProperty("totals").GetProperty("optimal_cost").GetDecimal() <= 5_000_000m);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteOptimizeApiTests(SqliteApi factory) : OptimizeApiTests(factory), IClassFixture<SqliteApi>;
