using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Optimize;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
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

    [DbFact]
    public async Task Apply_WritesExactlyTheOptimizersVolumesAsANewVersion()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");
        var expected = ActionMixOptimizer.Run(PlanReader.Parse(Teams).Plan!, new OptimizeOptions { TimeLimit = TimeSpan.FromSeconds(10) });

        using var response = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/optimization/apply", new { objective = "cost" });

        response.EnsureSuccessStatusCode();
        var saved = (await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options))!;
        Assert.True(saved.Created);
        Assert.Equal(2, saved.Version);
        Assert.Equal(saved.Plan.ETag, response.Headers.ETag?.ToString() ?? response.Headers.GetValues("ETag").Single());
        // Every action's volume in the saved version, as the engine calculates it, is the optimizer's.
        var calculation = await _http.CalculationAsync(plan.Id);
        Assert.All(expected.Lines, l => Assert.Equal((decimal)l.Optimal!.Value, calculation.Volume(l.Action.Id)));
        // The worked example of docs/optimize.md: 24 articles and 2 webinars (330万円 instead of 390万円), written as
        // volumes without their shares; the calls and visits it does not move stay back-calculated from their KPIs.
        var written = PlanReader.Parse((await _http.DetailAsync(plan.Id, 2)).Yaml).Plan!;
        Assert.Equal((24m, (decimal?)null), (written.FindAction("seo_articles")!.Volume!.Value, written.FindAction("seo_articles")!.Share));
        Assert.Equal((2m, (decimal?)null), (written.FindAction("webinars")!.Volume!.Value, written.FindAction("webinars")!.Share));
        Assert.Null(written.FindAction("calls")!.Volume);
        Assert.Equal("最適化 (費用最小): ウェビナー開催 6回 → 2回、SEO記事 12本 → 24本", saved.Summary);
    }

    [DbFact]
    public async Task Apply_AgainOnTheOptimum_CreatesNoVersion()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");
        (await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/optimization/apply", new { })).EnsureSuccessStatusCode();

        using var again = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/optimization/apply", new { });

        again.EnsureSuccessStatusCode();
        var saved = (await again.Content.ReadFromJsonAsync<Saved>(ApiJson.Options))!;
        Assert.False(saved.Created);
        Assert.Equal(2, saved.Version);
    }

    [DbFact]
    public async Task Apply_ByAViewer_Is403AndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");
        var viewer = factory.Client(Storage.Accounts.AccountRole.Viewer);

        using var response = await viewer.PostAsJsonAsync($"/api/plans/{plan.Id}/optimization/apply", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Apply_WithAStaleIfMatch_Is412AndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");
        var etag = (await _http.DetailAsync(plan.Id)).Plan.ETag;
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "25%" });

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{plan.Id}/optimization/apply") { Content = JsonContent.Create(new { objective = "cost" }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Apply_WithTheCurrentIfMatch_Saves()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");
        var etag = (await _http.DetailAsync(plan.Id)).Plan.ETag;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{plan.Id}/optimization/apply") { Content = JsonContent.Create(new { objective = "hours" }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await _http.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbTheory]
    [InlineData("cheapest", null, "objective")]
    [InlineData("kgi", null, "budget")]
    [InlineData("cost", "lots", "budget")]
    public async Task Apply_BadOption_Is400NamingTheFieldAndSavesNothing(string objective, string? budget, string field)
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");

        using var response = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/optimization/apply", new { objective, budget });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(1, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Apply_WhenNoMixFits_Is400WithTheSmallestFixesAndSavesNothing()
    {
        var plan = await _http.CreateFromTemplateAsync("sales-100m-teams");
        await _http.PatchMetricAsync(plan.Id, "win_rate", new { value = "15%" });

        using var response = await _http.PostAsJsonAsync($"/api/plans/{plan.Id}/optimization/apply?lang=en", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("objective", error.GetProperty("field").GetString());
        Assert.Contains("add 100 h to 営業部", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [DbFact]
    public async Task Apply_ToAPlanThatDoesNotExist_Is404()
    {
        using var response = await _http.PostAsJsonAsync($"/api/plans/{Guid.NewGuid()}/optimization/apply", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteOptimizeApiTests(SqliteApi factory) : OptimizeApiTests(factory), IClassFixture<SqliteApi>;
