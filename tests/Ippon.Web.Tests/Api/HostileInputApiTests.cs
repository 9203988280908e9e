using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ippon.Web.Features.Plans;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Ippon.Web.Tests.Api;

/// <summary>Hostile bodies and headers through the API: each a 4xx problem+json naming what was wrong, never a 500, and the server keeps answering.</summary>
public sealed class HostileInputApiTests(SqliteApi factory) : IClassFixture<SqliteApi>
{
    readonly HttpClient _http = factory.Client();

    static async Task<string> FirstField(HttpResponseMessage response) =>
        (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString()!;

    [Fact]
    public async Task Save_YamlStartingWithAByteOrderMark_IsStoredWithoutIt()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var yaml = "\uFEFF" + Templates.Text("sales-100m")!.Replace("年間売上1億円計画", "BOM 計画", StringComparison.Ordinal);

        using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await _http.DetailAsync(plan.Id)).Yaml;
        Assert.False(stored.StartsWith('\uFEFF'), "the API keeps the BOM that the command line strips");
        Assert.StartsWith("#", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_IfMatchStar_MeansAnyVersionAndSaves()
    {
        var plan = await _http.CreateFromTemplateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}")
        {
            Content = JsonContent.Create(new { yaml = Templates.Text("sales-100m")!.Replace("年間売上1億円計画", "任意の版に保存", StringComparison.Ordinal) }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await _http.DetailAsync(plan.Id)).Version);
    }

    [Fact]
    public async Task Import_FileThatIsNotAWorkbook_NamesTheUsersFileNotAServerPath()
    {
        using var content = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes("not a zip at all"));
        content.Add(file, "file", "予算.xlsx");

        using var response = await _http.PostAsync("/api/plans/import?lang=en", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Equal("予算.xlsx cannot be read as an Excel workbook (.xlsx)", message);
        Assert.DoesNotContain(Path.GetTempPath(), message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ZipBombWorkbook_Is400NamingTheFileAndTheLimit()
    {
        var workbook = await _http.GetByteArrayAsync($"/api/plans/{(await _http.CreateFromTemplateAsync()).Id}/export?format=xlsx");
        using var bomb = new MemoryStream();
        bomb.Write(workbook);
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var mb = 0; mb < 120; mb++) entry.Write(zeros);
        }
        using var content = new MultipartFormDataContent();
        using var file = new ByteArrayContent(bomb.ToArray());
        content.Add(file, "file", "bomb.xlsx");

        using var response = await _http.PostAsync("/api/plans/import?lang=en", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("file", error.GetProperty("field").GetString());
        Assert.Contains("bomb.xlsx inflates to", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Save_DimensionFromAFileOnTheServer_Is400_AndTheFileIsNeverRead()
    {
        var plan = await _http.CreateFromTemplateAsync();
        var secret = Path.Combine(Path.GetTempPath(), $"ippon-secret-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(secret, "TOP-SECRET-LINE,x\n");
        try
        {
            var yaml = Templates.Text("sales-100m")! + $"dimensions:\n  rep: {{ from: {secret} }}\n";

            using var response = await _http.PutAsJsonAsync($"/api/plans/{plan.Id}", new { yaml });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("members:", body, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP-SECRET", body, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Calculate_ValueOfTheWrongType_Is400NamingTheField()
    {
        using var response = await _http.PostAsync("/api/calculate", new StringContent("{\"yaml\": 5}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("yaml", await FirstField(response));
    }

    [Fact]
    public async Task Calculate_JsonNestedTooDeeply_Is400SayingHowDeep()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        using var response = await _http.PostAsync("/api/calculate?lang=en", new StringContent($"{{\"yaml\": \"x\", \"set\": {{\"a\": {deep}}}}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.StartsWith("set", problem.GetProperty("errors")[0].GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calculate_BodyAboveTheLimit_Is413BeforeItIsRead()
    {
        var yaml = new string('x', 25 * 1024 * 1024);
        using var response = await _http.PostAsJsonAsync("/api/calculate?lang=en", new { yaml });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", await FirstField(response));
    }

    [Fact]
    public async Task Calculate_TruncatedJson_Is400NotA500()
    {
        using var response = await _http.PostAsync("/api/calculate", new StringContent("{\"yaml\": \"plan: x", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>The app with a calculation budget of zero seconds: every calculation is over it.</summary>
public sealed class NoTimeApi : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ippon:Requests:CalculationSeconds", "0");
    }
}

/// <summary>The app allowing one API request at a time per user, none waiting.</summary>
public sealed class OneAtATimeApi : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ippon:Requests:PerUserConcurrency", "1");
        builder.UseSetting("Ippon:Requests:PerUserQueue", "0");
    }
}

public sealed class CalculationBudgetTests(NoTimeApi factory) : IClassFixture<NoTimeApi>
{
    [Fact]
    public async Task Calculate_PastTheTimeBudget_IsStoppedAnd400NamingThePlan()
    {
        var http = factory.Client();

        using var response = await http.PostAsJsonAsync("/api/calculate?lang=en", new { yaml = Templates.Text("sales-100m") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ProblemAsync()).GetProperty("errors")[0];
        Assert.Equal("yaml", error.GetProperty("field").GetString());
        Assert.Contains("took longer than 0 s and was stopped", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

public sealed class PerUserLimitTests(OneAtATimeApi factory) : IClassFixture<OneAtATimeApi>
{
    [Fact]
    public async Task Calculate_OneUsersBurst_IsRefusedWith429WhileAnotherUserIsServed()
    {
        var flooder = factory.Client();
        var other = factory.Client();
        // A plan of 3,000 KPIs takes long enough that a burst of its calculations overlaps.
        var big = new StringBuilder("plan: 大きい計画\nhorizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }\nmetrics:\n");
        big.Append("  k0: { name: KGI, role: kgi, formula: k1 + 1, target: 1000000, unit: count, owner: A, deadline: 2027-03-31 }\n");
        for (var i = 1; i < 3000; i++) big.Append($"  k{i}: {{ name: K{i}, role: kpi, formula: k{i + 1} + 1, unit: count, owner: B }}\n");
        big.Append("  k3000: { name: K3000, role: kpi, unit: count, owner: B }\n");

        var burst = Enumerable.Range(0, 8).Select(_ => flooder.PostAsJsonAsync("/api/calculate?lang=en", new { yaml = big.ToString() })).ToList();
        using var served = await other.PostAsJsonAsync("/api/calculate", new { yaml = Templates.Text("sales-100m") });
        var answers = await Task.WhenAll(burst);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        var refused = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("requests", await HostileFields.First(refused));
        foreach (var a in answers) a.Dispose();
    }
}

static class HostileFields
{
    public static async Task<string> First(HttpResponseMessage response) =>
        (await response.ProblemAsync()).GetProperty("errors")[0].GetProperty("field").GetString()!;
}
