using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ippon.Fuzz.Tests;

/// <summary>The web app in memory on its own SQLite file, with an admin's API token.</summary>
public sealed class FuzzApp : WebApplicationFactory<Program>
{
    readonly string _dir = Directory.CreateTempSubdirectory("ippon-fuzz-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IPPON_DB", Path.Combine(_dir, "ippon.db"));
        builder.UseEnvironment("Production");
    }

    public HttpClient Admin()
    {
        _ = Server;
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Storage.IpponDb>();
        var admin = new Web.Features.Accounts.Caller("fuzz", Storage.Accounts.AccountRole.Admin, null);
        var token = Web.Features.Accounts.ManageAccounts.CreateTokenAsync(db, new("fuzz-" + Guid.NewGuid().ToString("N")[..8], "Admin", null), admin, TimeProvider.System, CancellationToken.None)
            .GetAwaiter().GetResult();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Value!.Secret!);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The fixture is disposed more than once (the host and the test class both dispose it): delete the folder once.
        if (disposing && Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>Mutated and generated API bodies: never a 500, a 4xx is problem+json, and the app still answers <c>GET /</c> after each.</summary>
public sealed class ApiFuzzTests(FuzzApp app) : IClassFixture<FuzzApp>
{
    readonly HttpClient _http = app.Admin();

    string? Send(HttpMethod method, string url, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = _http.SendAsync(request).GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (status >= 500) return $"{method} {url}: HTTP {status}\n{body[..Math.Min(body.Length, 1_000)]}";
        if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json" && status is not (401 or 403 or 404 or 405))
            return $"{method} {url}: HTTP {status} without problem+json ({response.Content.Headers.ContentType})";
        if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal) || body.Contains(Path.GetTempPath(), StringComparison.Ordinal))
            return $"{method} {url}: exception text or a server path in the answer\n{body[..Math.Min(body.Length, 1_000)]}";
        using var home = _http.GetAsync("/").GetAwaiter().GetResult();
        return home.IsSuccessStatusCode || home.StatusCode == HttpStatusCode.Redirect ? null : $"GET / answered {(int)home.StatusCode} after {method} {url}";
    }

    static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    Guid _plan;

    Guid Plan()
    {
        if (_plan != Guid.Empty) return _plan;
        using var created = _http.PostAsync("/api/plans", Json("{\"template\": \"sales-100m\"}")).GetAwaiter().GetResult();
        created.EnsureSuccessStatusCode();
        return _plan = JsonDocument.Parse(created.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public void MutatedPlanTexts_PostedToEveryEndpointThatReadsThem_NeverAnswer500()
    {
        var id = Plan();
        var gen = Gen.Select(Mutation.Of(Corpus.Plans.Count), Gen.Int[0, 2]);
        Fuzz.Run("API plan texts", gen, Fuzz.Count(40, 0.1), input =>
        {
            var yaml = CliFuzzTests.Mutate(Corpus.Plans[input.Item1.Seed], input.Item1.Edits);
            var body = "{\"yaml\": " + JsonText.Quote(yaml) + ", \"set\": {\"win_rate\": \"15%\"}}";
            return input.Item2 switch
            {
                0 => Send(HttpMethod.Post, "/api/calculate", Json(body)),
                1 => Send(HttpMethod.Put, $"/api/plans/{id}", Json(body)),
                _ => Send(HttpMethod.Post, "/api/plans/import", Upload(yaml, "mutated.yaml")),
            };
        }, input => CliFuzzTests.Mutate(Corpus.Plans[input.Item1.Seed], input.Item1.Edits));
    }

    [Fact]
    public void MutatedJsonBodies_NeverAnswer500()
    {
        var id = Plan();
        string[] seeds =
        [
            "{\"yaml\": " + JsonText.Quote(Corpus.Plans[0]) + ", \"scenario\": \"stretch\", \"set\": {\"win_rate\": \"15%\"}}",
            "{\"formula\": \"deals * win_rate\", \"value\": \"20%\", \"name\": \"受注数\"}",
            "{\"id\": \"new_metric\", \"name\": \"新しい指標\", \"formula\": \"leads * 2\", \"unit\": \"count\"}",
            "{\"rows\": [{\"period\": \"Q1\", \"metric\": \"leads\", \"value\": \"200\"}]}",
        ];
        string[] urls = ["/api/calculate", $"/api/plans/{id}/metrics/orders", $"/api/plans/{id}/metrics", $"/api/plans/{id}/actuals"];
        HttpMethod[] methods = [HttpMethod.Post, HttpMethod.Patch, HttpMethod.Post, HttpMethod.Put];
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], Mutation.Gen.Array[1, 6]);
        Fuzz.Run("API JSON bodies", gen, Fuzz.Count(60, 0.1), input =>
            Send(methods[input.Item1], urls[input.Item1], Json(CliFuzzTests.Mutate(seeds[input.Item1], input.Item2))),
            input => CliFuzzTests.Mutate(seeds[input.Item1], input.Item2));
    }

    [Fact]
    public void RegressionApiBodies_NeverAnswer500()
    {
        var bodies = Corpus.RegressionFiles.Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        var yamls = Corpus.RegressionFiles.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        var all = bodies.Select(f => (File: f, Body: File.ReadAllText(f)))
            .Concat(yamls.Select(f => (File: f, Body: "{\"yaml\": " + JsonText.Quote(File.ReadAllText(f)) + "}"))).ToList();
        Fuzz.Run("API regressions", Gen.Int[0, Math.Max(0, all.Count - 1)], all.Count, i => Send(HttpMethod.Post, "/api/calculate", Json(all[i].Body)), i => all[i].File);
    }

    static MultipartFormDataContent Upload(string text, string name)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name);
        return content;
    }
}
