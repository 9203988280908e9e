using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary><c>GET /api/plans/{id}/review?member=田中</c>: one rep's own review, exactly <c>ippon review --member 田中 --json</c>.</summary>
public abstract partial class MemberReviewApiTests(ApiFactory factory)
{
    readonly HttpClient _http = factory.Client();

    /// <summary>The two reps' plan with their Q1 uploaded as the CSV the command reads (田中 8 of 20 deals, 佐藤 1 of 20).</summary>
    async Task<Guid> TwoRepsAfterQ1Async()
    {
        using var created = await _http.PostAsJsonAsync("/api/plans", new { yaml = TwoRepsPlan.Yaml });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<Ippon.Web.Features.Store.PlanSummary>(ApiJson.Options))!.Id;
        using var content = new MultipartFormDataContent();
        using var file = new StringContent(TwoRepsPlan.ActualsAfterQ1);
        content.Add(file, "file", "actuals.csv");
        using var uploaded = await _http.PostAsync($"/api/plans/{id}/actuals/csv", content);
        uploaded.EnsureSuccessStatusCode();
        return id;
    }

    [DbTheory]
    [InlineData("田中", "ja")]
    [InlineData("佐藤", "ja")]
    [InlineData("田中", "en")]
    public async Task ReviewOfAMember_IsTheCommandsMemberJsonExactly(string rep, string lang)
    {
        var id = await TwoRepsAfterQ1Async();
        using var dir = new TempDir();
        var cli = ConsoleRun.InProcess(Ippon.Cli.Cli.Run, "review", dir.File("plan.yaml", TwoRepsPlan.Yaml), "--actuals", dir.File("actuals.csv", TwoRepsPlan.ActualsAfterQ1),
            "--member", rep, "--json", "--lang", lang);
        Assert.True(cli.ExitCode is 0 or 1, cli.Err);

        var api = await _http.GetStringAsync($"/api/plans/{id}/review?member={Uri.EscapeDataString(rep)}&lang={lang}");

        Assert.Equal(Normalize(cli.Out), Normalize(api));
        // Not the whole plan's review: 田中's orders are his own 8 (佐藤's 1 is not in them).
        Assert.Contains("\"id\": \"rep_orders\"", api, StringComparison.Ordinal);
        Assert.NotEqual(Normalize(await _http.GetStringAsync($"/api/plans/{id}/review?lang={lang}")), Normalize(api));
    }

    [DbFact]
    public async Task ReviewOfAMember_AsOfQ2_CountsUpToQ2AsTheCommandDoes()
    {
        var id = await TwoRepsAfterQ1Async();
        using var dir = new TempDir();
        var cli = ConsoleRun.InProcess(Ippon.Cli.Cli.Run, "review", dir.File("plan.yaml", TwoRepsPlan.Yaml), "--actuals", dir.File("actuals.csv", TwoRepsPlan.ActualsAfterQ1),
            "--member", "佐藤", "--as-of", "Q2", "--json");
        Assert.True(cli.ExitCode is 0 or 1, cli.Err);
        Assert.Equal(Normalize(cli.Out), Normalize(await _http.GetStringAsync($"/api/plans/{id}/review?member={Uri.EscapeDataString("佐藤")}&as_of=Q2")));
    }

    [DbTheory]
    [InlineData("ja", "'山田' はどの次元のメンバーでもありません (rep)")]
    [InlineData("en", "'山田' is not a member of any dimension (rep)")]
    public async Task ReviewOfAnUnknownMember_Is400NamingTheMemberField_InTheRequestsLanguage(string lang, string message)
    {
        var id = await TwoRepsAfterQ1Async();
        using var response = await _http.GetAsync($"/api/plans/{id}/review?member={Uri.EscapeDataString("山田")}&lang={lang}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal(("member", message), (error.GetProperty("field").GetString(), error.GetProperty("message").GetString()));
    }

    [DbFact]
    public async Task ReviewOfAMember_OfAPlanWithoutDimensions_Is400NamingTheMemberField()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var response = await _http.GetAsync($"/api/plans/{plan.Id}/review?member={Uri.EscapeDataString("田中")}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("member", (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    // The command names its actuals file where the API says "actuals": the one field allowed to differ.
    static string Normalize(string json) => ActualSource().Replace(json.Trim(), "\"actual_source\":\"\"");

    [GeneratedRegex("\"actual_source\":\\s*\"[^\"]*\"")]
    private static partial Regex ActualSource();
}

/// <summary>The tests on SQLite.</summary>
public sealed class SqliteMemberReviewApiTests(SqliteApi factory) : MemberReviewApiTests(factory), IClassFixture<SqliteApi>;

/// <summary>The tests on PostgreSQL.</summary>
public sealed class PostgresMemberReviewApiTests(PostgresApi factory) : MemberReviewApiTests(factory), IClassFixture<PostgresApi>, IPostgresTests;
