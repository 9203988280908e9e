using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Files.Plans;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Teams;

/// <summary>
/// Two instances on one PostgreSQL database, as behind a load balancer (<see cref="TwoInstances"/>): a sign-in on one
/// is valid on the other, a save on one appears live on the other's open page, concurrent saves through both are all
/// kept, the sign-in limit counts the attempts on both, and each page shows who has the plan open on the other.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances two) : IClassFixture<TwoInstances>, IPostgresTests
{
    const string Password = "a long enough password";

    [DbFact]
    public async Task SignInOnA_TheCookieIsValidOnB()
    {
        var cookies = new CookieContainer();
        using var http = TwoInstances.ClientFrom(IPAddress.Loopback, cookies);
        http.BaseAddress = two.A.BaseAddress;
        var user = await TwoInstances.CreateUserAsync(two.ApiA, "viewer", null, Password);
        using (await WebServer.SignInAsync(http, user, Password)) { }

        // The cookie was protected by A with the keys in the database; B reads it (cookies ignore the port).
        using var onB = await http.GetAsync(new Uri(two.B.BaseAddress, "/api/plans"));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        using var anonymous = TwoInstances.ClientFrom(IPAddress.Loopback);
        using var refused = await anonymous.GetAsync(new Uri(two.B.BaseAddress, "/api/plans"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [DbFact]
    public async Task SignInLimit_CountsTheAttemptsOnBothInstances()
    {
        // A client address of its own (127.0.0.0/8 is all loopback on Linux), so the other tests' sign-ins do not count.
        var address = IPAddress.Parse($"127.0.{Random.Shared.Next(2, 250)}.{Random.Shared.Next(2, 250)}");
        var cookies = new CookieContainer();
        using var http = TwoInstances.ClientFrom(address, cookies);
        // A fixed window of one minute: start well inside one.
        var second = DateTime.UtcNow.Second;
        if (second > 45) await Task.Delay(TimeSpan.FromSeconds(61 - second));
        // The form (and its antiforgery token) from A; posted alternately to A and B: the token is valid on both too.
        var form = await http.GetStringAsync(new Uri(two.A.BaseAddress, "/login"));
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        var statuses = new List<(char Instance, HttpStatusCode Status)>();
        for (var i = 0; i < 12; i++)
        {
            var (name, server) = i % 2 == 0 ? ('A', two.A) : ('B', two.B);
            using var response = await http.PostAsync(new Uri(server.BaseAddress, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["UserName"] = "nobody-" + i,
                ["Password"] = "whatever password",
                ["ReturnUrl"] = "/",
            }));
            statuses.Add((name, response.StatusCode));
        }
        // 10 a minute per address in all, not 10 per instance: 5 wrong passwords on each, then both refuse.
        Assert.Equal(10, statuses.Count(s => s.Status == HttpStatusCode.Unauthorized));
        Assert.Equal(new[] { ('A', HttpStatusCode.TooManyRequests), ('B', HttpStatusCode.TooManyRequests) }, statuses.Skip(10));
    }

    [DbFact]
    public async Task SaveThroughA_AppearsOnTheOpenPageOnBWithinASecond()
    {
        var id = await TwoInstances.CreatePlanAsync(two.ApiA);
        var viewer = await TwoInstances.CreateUserAsync(two.ApiA, "viewer", null, Password);
        var page = await two.NewPageAsync(two.B, viewer, Password);
        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v1");

        using var saved = await two.ApiA.PatchAsJsonAsync($"/api/plans/{id}/metrics/win_rate", new { value = "15%" });
        saved.EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        await Expect(page.Locator("[data-testid=version]")).ToHaveTextAsync("v2", new() { Timeout = 1_000 });
        var seenAfter = clock.Elapsed;
        await Expect(page.Locator("[data-testid=live-saved]")).ToContainTextAsync("v2 を保存しました");
        await page.Locator("[data-testid=node-win_rate]").ClickAsync();
        await Expect(page.Locator("[data-testid=field-value]")).ToHaveValueAsync("15%");
        Assert.True(seenAfter < TimeSpan.FromSeconds(1), $"seen after {seenAfter.TotalMilliseconds:0} ms");
        await page.Context.CloseAsync();
    }

    [DbFact]
    public async Task PlanOpenOnBothInstances_EachPageShowsTheOtherPerson()
    {
        var id = await TwoInstances.CreatePlanAsync(two.ApiA);
        var sato = await TwoInstances.CreateUserAsync(two.ApiA, "planner", null, Password);
        var suzuki = await TwoInstances.CreateUserAsync(two.ApiA, "viewer", null, Password);
        var onA = await two.NewPageAsync(two.A, sato, Password);
        var onB = await two.NewPageAsync(two.B, suzuki, Password);
        await PlanPageSteps.OpenAsync(onA, id);
        await PlanPageSteps.OpenAsync(onB, id);

        // At once (the joining instance asks, the other answers), not after a heartbeat.
        await Expect(onA.Locator("[data-testid=presence-user]")).ToHaveTextAsync(suzuki, new() { Timeout = 3_000 });
        await Expect(onB.Locator("[data-testid=presence-user]")).ToHaveTextAsync(sato, new() { Timeout = 3_000 });

        await onB.GotoAsync("/");
        await Expect(onA.Locator("[data-testid=presence]")).ToHaveCountAsync(0, new() { Timeout = 3_000 });
        await onA.Context.CloseAsync();
        await onB.Context.CloseAsync();
    }

    [DbFact]
    public async Task ConcurrentSavesThroughBothInstances_EveryAcknowledgedSaveIsKept()
    {
        // Eight department editors, each with a metric of its own in one plan, half through A and half through B,
        // each saving five new values based on the version it just read: the server merges what others saved between.
        const int editors = 8, rounds = 5;
        var id = await TwoInstances.CreatePlanAsync(two.ApiA);
        var tokens = new string[editors];
        for (var i = 0; i < editors; i++)
        {
            using var metric = await two.ApiA.PostAsJsonAsync($"/api/plans/{id}/metrics", new { id = $"load_{i}", name = $"負荷 {i}", owner = $"dept-{i}", value = "0", unit = "count" });
            metric.EnsureSuccessStatusCode();
            using var token = await two.ApiA.PostAsJsonAsync("/api/tokens", new { name = $"editor-{i}-{Guid.NewGuid():N}", role = "editor", department = $"dept-{i}" });
            token.EnsureSuccessStatusCode();
            tokens[i] = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        }
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = Enumerable.Range(0, editors).Select(i => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = (i % 2 == 0 ? two.A : two.B).BaseAddress };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
            var versions = new List<(int Version, int Value)>();
            await start.Task;
            for (var n = 1; n <= rounds; n++)
            {
                var read = await http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}");
                using var save = await http.PatchAsJsonAsync($"/api/plans/{id}/metrics/load_{i}?base_version={read.GetProperty("version").GetInt32()}", new { value = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                Assert.Equal(HttpStatusCode.OK, save.StatusCode);
                versions.Add(((await save.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(), n));
            }
            return versions;
        })).ToList();
        start.SetResult(); // all at once
        var acknowledged = await Task.WhenAll(workers);

        // Every save made a version of its own, and in it that editor's metric has the value that save wrote.
        var all = acknowledged.SelectMany((v, editor) => v.Select(x => (Editor: editor, x.Version, x.Value))).ToList();
        Assert.Equal(editors * rounds, all.Select(a => a.Version).Distinct().Count());
        foreach (var (editor, version, value) in all)
        {
            var yaml = (await two.ApiB.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/versions/{version}")).GetProperty("yaml").GetString()!;
            Assert.Equal(value, PlanReader.Parse(yaml).Plan!.Find($"load_{editor}")!.Value!.Value);
        }
        // And the latest has every editor's last value.
        var latest = PlanReader.Parse((await two.ApiB.GetFromJsonAsync<JsonElement>($"/api/plans/{id}")).GetProperty("yaml").GetString()!).Plan!;
        Assert.All(Enumerable.Range(0, editors), i => Assert.Equal(rounds, latest.Find($"load_{i}")!.Value!.Value));
    }
}
