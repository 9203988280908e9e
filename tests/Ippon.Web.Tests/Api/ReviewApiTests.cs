using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Testing;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>The review of a stored plan with its stored actuals: the engine's JSON (as <c>ippon review --json</c>), the sensitivity, and adopting the re-plan.</summary>
public abstract class ReviewApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    async Task<Guid> PlanWithQ1Q2ActualsAsync()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}/actuals", new
        {
            rows = new object[]
            {
                new { period = "Q1", metric = "leads", value = 200 }, new { period = "Q2", metric = "leads", value = 200 },
                new { period = "Q1", metric = "deals", value = 20 }, new { period = "Q2", metric = "deals", value = 20 },
                new { period = "Q1", metric = "orders", value = 3 }, new { period = "Q2", metric = "orders", value = 3 },
                new { period = "Q1", metric = "new_revenue", value = 6_000_000 }, new { period = "Q2", metric = "new_revenue", value = 6_000_000 },
            },
        });
        response.EnsureSuccessStatusCode();
        return plan.Id;
    }

    static JsonElement Metric(JsonElement review, string id) =>
        review.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == id);

    [DbFact]
    public async Task Review_Q1Q2Actuals_Observes15PercentAndReplans1340Leads()
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{id}/review"));
        var review = doc.RootElement;
        Assert.Equal("Q2", review.GetProperty("as_of").GetString());
        Assert.Equal(0.15m, Metric(review, "win_rate").GetProperty("observed").GetDecimal());
        Assert.Equal(1340m, Metric(review, "leads").GetProperty("replanned_target").GetDecimal());
        Assert.Equal(940m, Metric(review, "leads").GetProperty("remaining").GetDecimal());
        Assert.Equal(400m, Metric(review, "leads").GetProperty("actual_to_date").GetDecimal());
    }

    [DbFact]
    public async Task Review_AsOfQ1_CountsOnlyQ1()
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{id}/review?as_of=Q1"));
        Assert.Equal(200m, Metric(doc.RootElement, "leads").GetProperty("actual_to_date").GetDecimal());
    }

    [DbFact]
    public async Task Review_AsOfOutsideTheHorizon_Is400NamingAsOf()
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        using var response = await _http.GetAsync($"/api/plans/{id}/review?as_of=Q7");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("as_of", (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [DbFact]
    public async Task Forecast_Q1Q2Actuals_GivesTheKgisChanceAndTheLeadsForTheChosenChance()
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{id}/forecast?trials=4000&seed=5&confidence=70%"));
        var f = doc.RootElement;
        Assert.Equal(("Q2", 4000, 5), (f.GetProperty("as_of").GetString(), f.GetProperty("trials").GetInt32(), f.GetProperty("seed").GetInt32()));
        var chance = f.GetProperty("kgi").GetProperty("probability").GetDouble();
        Assert.InRange(chance, 0.0, 0.7);
        var confidence = f.GetProperty("confidence");
        Assert.Equal(("leads", 0.7), (confidence.GetProperty("lever").GetString(), confidence.GetProperty("level").GetDouble()));
        Assert.True(confidence.GetProperty("lever_target").GetDecimal() > 1000m);
        // The same seed, the same figures.
        using var again = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{id}/forecast?trials=4000&seed=5&confidence=70%"));
        Assert.Equal(chance, again.RootElement.GetProperty("kgi").GetProperty("probability").GetDouble());
    }

    [DbTheory]
    [InlineData("confidence=120%", "confidence")]
    [InlineData("trials=0", "trials")]
    [InlineData("trials=abc", "trials")]
    [InlineData("seed=x", "seed")]
    [InlineData("lever=leeds", "lever")]
    [InlineData("as_of=Q7", "as_of")]
    public async Task Forecast_BadParameter_Is400NamingIt(string query, string field)
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        using var response = await _http.GetAsync($"/api/plans/{id}/forecast?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [DbFact]
    public async Task Adopt_Replan_SavesObservedRateWithARevisionAndKeepsComments()
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        using var response = await _http.PostAsync($"/api/plans/{id}/review/adopt?lang=en", null);
        response.EnsureSuccessStatusCode();
        var saved = await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options);
        Assert.Equal(2, saved!.Version);
        var detail = await _http.DetailAsync(id);
        Assert.Contains("value: 15%", detail.Yaml, StringComparison.Ordinal);
        Assert.Contains("revisions:", detail.Yaml, StringComparison.Ordinal);
        Assert.Contains("# アポ獲得率1%", detail.Yaml, StringComparison.Ordinal); // the template's comments stay
        Assert.Equal(134m, (await _http.CalculationAsync(id)).Target("deals"));
    }

    [DbFact]
    public async Task Adopt_Replan_KeepsQ1Q2AsPlannedAndReplansQ3Q4Only()
    {
        var id = await PlanWithQ1Q2ActualsAsync();
        static decimal?[] Plans(JsonElement review, string metric) =>
            [.. Metric(review, metric).GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("plan").ValueKind == JsonValueKind.Null ? null : (decimal?)p.GetProperty("plan").GetDecimal())];
        using var before = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{id}/review"));
        Assert.Equal([250m, 250m, 250m, 250m], Plans(before.RootElement, "leads"));
        Assert.Equal(92_000_000m, before.RootElement.GetProperty("kgi").GetProperty("forecast").GetDecimal());

        using var response = await _http.PostAsync($"/api/plans/{id}/review/adopt", null);
        response.EnsureSuccessStatusCode();
        using var after = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{id}/review"));
        var review = after.RootElement;
        Assert.Equal([250m, 250m, 470m, 470m], Plans(review, "leads"));
        Assert.Equal([0.2m, 0.2m, 0.15m, 0.15m], Plans(review, "win_rate"));
        Assert.Equal(0.8m, Metric(review, "leads").GetProperty("attainment").GetDecimal());
        Assert.Equal(["Q2", "Q2", null, null], review.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("planned_before").GetString()));
        Assert.Equal("Q2", review.GetProperty("revisions")[0].GetProperty("kept_through").GetString());
        var kgi = review.GetProperty("kgi");
        Assert.Equal((100_200_000m, 90_888_000m, 0.84m), (kgi.GetProperty("forecast").GetDecimal(), kgi.GetProperty("forecast_run_rate").GetDecimal(), kgi.GetProperty("pace").GetDecimal()));
    }

    [DbFact]
    public async Task Sensitivity_SeedPlan_RanksTheFactorsOfNewRevenue()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{plan.Id}/sensitivity?step=10%25"));
        var ids = doc.RootElement.GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains("win_rate", ids);
        Assert.Contains("leads", ids);
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteReviewApiTests(SqliteApi factory) : ReviewApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresReviewApiTests(PostgresApi factory) : ReviewApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
