using System.Collections.Concurrent;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ippon.Web.Tests.Lifecycle;

/// <summary>
/// Ctrl+C (SIGTERM) on the real app process, the way a person or a service manager stops it: with a plan page open in
/// Chromium (a Blazor circuit, which reconnects as soon as it is dropped) and saves arriving through the API.
/// </summary>
public sealed class ShutdownTests(ITestOutputHelper output)
{
    /// <summary>The promise: a stopped server is gone within this, so a restart or a deployment never waits on it.</summary>
    static readonly TimeSpan s_bound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Sigterm_WithAnOpenPageAndSavesInFlight_ExitsCleanlyWithinFiveSecondsKeepingEveryAcknowledgedSave()
    {
        using var dir = new TempDir();
        await using var server = await WebServer.StartAsync(dir.File("ippon.db"));
        var template = Templates.Text("sales-100m")!;
        Guid planId;
        using (var http = await server.AdminClientAsync())
            planId = (await http.CreateFromTemplateAsync()).Id;

        // A signed-in plan page: its circuit is open when the signal comes.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "ja-JP" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin", WebServer.AdminPassword);
        await PlanPageSteps.OpenAsync(page, planId);

        // Two writers save distinct plan texts until the server is gone; each acknowledged save records (version, marker).
        var acknowledged = new ConcurrentBag<(int Version, string Marker)>();
        async Task Writer(int writer)
        {
            using var http = await server.AdminClientAsync(TimeSpan.FromSeconds(10));
            for (var i = 0; ; i++)
            {
                var marker = $"shutdown-{writer}-{i}";
                var yaml = template.Replace("vision: 売上10億円・ユーザー10万人", $"vision: {marker}", StringComparison.Ordinal);
                try
                {
                    using var response = await http.PutAsJsonAsync($"/api/plans/{planId}", new { yaml });
                    if (!response.IsSuccessStatusCode) return; // refused while stopping: not acknowledged
                    var saved = await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options);
                    acknowledged.Add((saved!.Version, marker));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException)
                {
                    return; // the server is gone (a save cut off mid-answer was not acknowledged)
                }
            }
        }
        var writers = Enumerable.Range(0, 2).Select(Writer).ToList();
        while (acknowledged.Count < 10) await Task.Delay(5);

        var (elapsed, exitCode) = await server.TerminateAsync(TimeSpan.FromSeconds(60));
        await Task.WhenAll(writers);
        output.WriteLine($"stopped in {elapsed.TotalSeconds:0.00} s, exit code {exitCode}; {acknowledged.Count} saves acknowledged");
        Assert.True(exitCode is not null, $"still running {elapsed.TotalSeconds:0} s after SIGTERM:\n{server.Log}");
        Assert.True(elapsed < s_bound, $"SIGTERM took {elapsed.TotalSeconds:0.0} s (the bound is {s_bound.TotalSeconds:0} s):\n{server.Log}");
        Assert.Equal(0, exitCode);
        await context.CloseAsync();

        // Every acknowledged save is there after a restart, as its own version.
        await server.StartAgainAsync();
        using var check = await server.AdminClientAsync();
        foreach (var (version, marker) in acknowledged)
        {
            var detail = await check.DetailAsync(planId, version);
            Assert.Contains($"vision: {marker}\n", detail.Yaml, StringComparison.Ordinal);
        }
    }
}
