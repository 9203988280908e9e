using System.Net;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>
/// The YAML that killed the server (issue 10, items 1 and 2) posted by a viewer to <c>POST /api/calculate</c>: each
/// is a 400 naming the line and column, and the server still answers afterwards.
/// </summary>
public abstract class HostileYamlApiTests(ApiFactory factory)
{
    readonly HttpClient _viewer = factory.Client(Storage.Accounts.AccountRole.Viewer);

    public static TheoryData<string, string> Bodies()
    {
        var laughs = "plan: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (var c = 'b'; c <= 'i'; c++)
            laughs += $"{c}: &{c} [{string.Join(",", Enumerable.Repeat($"*{(char)(c - 1)}", 9))}]\n";
        laughs += "metrics:\n  ? *i\n  : 1\n";
        return new()
        {
            { "recursive alias as a key", "plan: x\nmetrics:\n  ? &r [*r]\n  : 1\n" },
            { "billion laughs as a key", laughs },
            { "25,000 nested block sequences", string.Concat(Enumerable.Repeat("- ", 25_000)) + "x\n" },
            { "100,000 nested brackets", "plan: " + new string('[', 100_000) + "\n" },
            { "U+2028 in a flow mapping", "plan: x\nmetrics:\n  a: { role: kgi,\u2028 target: 1 }\n" },
        };
    }

    [DbTheory]
    [MemberData(nameof(Bodies))]
    public async Task Calculate_HostileYaml_Is400WithAPositionAndTheServerStillAnswers(string what, string yaml)
    {
        using var response = await _viewer.PostAsJsonAsync("/api/calculate?lang=en", new { yaml });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("yaml", error.GetProperty("field").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0, what);
        using var home = await _viewer.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [DbFact]
    public async Task AddMetric_IdLongerThanTheLimit_Is400AndThePlanStillReads()
    {
        // Before: 200, and every later read of the plan answered 400 "YAML syntax error" (YAML keys stop at 1,024 characters).
        var admin = factory.Client();
        var plan = await admin.CreateFromTemplateAsync();

        using var response = await admin.PostAsJsonAsync($"/api/plans/{plan.Id}/metrics?lang=en", new { id = new string('k', 1_100), name = "長いID" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("id", error.GetProperty("field").GetString());
        Assert.Contains("is too long (1,100 characters)", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await admin.DetailAsync(plan.Id)).Version);
    }
}

public sealed class SqliteHostileYamlApiTests(SqliteApi factory) : HostileYamlApiTests(factory), IClassFixture<SqliteApi>;

public sealed class PostgresHostileYamlApiTests(PostgresApi factory) : HostileYamlApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
