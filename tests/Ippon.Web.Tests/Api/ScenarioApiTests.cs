using System.Text.Json;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>A scenario through the API is read as a plan, as in <c>ippon plan --scenario</c>: the stretch's own volumes, loads and optimum.</summary>
public abstract class ScenarioApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    [DbFact]
    public async Task Calculation_Stretch_GivesTheStretchsVolumesAndLoads_NotTheBasePlans()
    {
        var plan = await _http.CreateFromTemplateAsync();

        var stretch = await _http.CalculationAsync(plan.Id, "?scenario=stretch");
        var plain = await _http.CalculationAsync(plan.Id, "");

        Assert.Equal(2_000m, stretch.Target("leads"));
        Assert.Equal((12m, 24m, 20_000m), (stretch.Volume("webinars"), stretch.Volume("seo_articles"), stretch.Volume("calls")));
        Assert.Equal((6m, 12m, 10_000m), (plain.Volume("webinars"), plain.Volume("seo_articles"), plain.Volume("calls")));
        Assert.Contains(stretch.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "over-capacity");
    }

    [DbFact]
    public async Task Optimization_Stretch_OptimizesTheStretch_TwoHundredDealsAreMoreCallsThanTheCallersCanMake()
    {
        var plan = await _http.CreateFromTemplateAsync();

        using var stretch = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{plan.Id}/optimization?scenario=stretch&lang=en"));
        using var plain = JsonDocument.Parse(await _http.GetStringAsync($"/api/plans/{plan.Id}/optimization?lang=en"));

        static decimal Current(JsonDocument doc, string id) =>
            doc.RootElement.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id).GetProperty("current").GetDecimal();
        Assert.Equal(12m, Current(stretch, "webinars"));
        Assert.Equal(6m, Current(plain, "webinars"));
        Assert.Equal("infeasible", stretch.RootElement.GetProperty("status").GetString());
        Assert.NotEqual("infeasible", plain.RootElement.GetProperty("status").GetString());
    }
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteScenarioApiTests(SqliteApi factory) : ScenarioApiTests(factory), IClassFixture<SqliteApi>;
