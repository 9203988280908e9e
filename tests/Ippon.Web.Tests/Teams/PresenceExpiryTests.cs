using System.Diagnostics;
using System.Net.Http.Json;
using Ippon.Testing;
using Ippon.Web.Features.Live;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Teams;

/// <summary>
/// Presence across two instances when one of them dies: a page open on a killed instance sends no "left", so it
/// disappears from the other instance's pages only when its heartbeats stop counting (<see cref="Presence.Expiry"/>).
/// On the way, the screenshots of presence and of a colleague's live save (1440 and 390 px, Japanese). Its own
/// <see cref="TwoInstances"/> (one instance is killed).
/// </summary>
public sealed class PresenceExpiryTests(TwoInstances two) : IClassFixture<TwoInstances>, IPostgresTests
{
    const string Password = "a long enough password";

    [DbFact]
    public async Task InstanceOfAColleagueIsKilled_TheirPresenceExpiresOnMyPage_AfterTheTimeoutNotBefore()
    {
        var id = await TwoInstances.CreatePlanAsync(two.ApiA);
        var sato = await TwoInstances.CreateUserAsync(two.ApiA, "planner", null, Password);
        var suzuki = await TwoInstances.CreateUserAsync(two.ApiA, "planner", null, Password);
        var mine = await two.NewPageAsync(two.A, sato, Password);
        var theirs = await two.NewPageAsync(two.B, suzuki, Password);
        await PlanPageSteps.OpenAsync(mine, id);
        await PlanPageSteps.OpenAsync(theirs, id);
        await Expect(mine.Locator("[data-testid=presence-user]")).ToHaveTextAsync(suzuki, new() { Timeout = 3_000 });

        // A colleague's save through B: on my page on A, live.
        using (var saved = await two.ApiB.PatchAsJsonAsync($"/api/plans/{id}/metrics/win_rate", new { value = "15%" }))
            saved.EnsureSuccessStatusCode();
        await Expect(mine.Locator("[data-testid=live-saved]")).ToContainTextAsync("v2 を保存しました");
        await Screenshots.SaveAsync(mine, "live-presence");
        await mine.SetViewportSizeAsync(390, 844);
        await Expect(mine.Locator("[data-testid=presence-user]")).ToHaveTextAsync(suzuki);
        await Screenshots.SaveAsync(mine, "live-presence-mobile");

        // kill -9 of B: no "left" message; A keeps suzuki until B's last heartbeat is Expiry old.
        two.B.Kill();
        var clock = Stopwatch.StartNew();
        await Expect(mine.Locator("[data-testid=presence]")).ToHaveCountAsync(0, new() { Timeout = (float)(Presence.Expiry + Presence.Beat + TimeSpan.FromSeconds(5)).TotalMilliseconds });
        var gone = clock.Elapsed;
        // At least Expiry minus one heartbeat interval (the last beat came up to Beat before the kill).
        Assert.True(gone >= Presence.Expiry - Presence.Beat - TimeSpan.FromSeconds(1), $"gone after {gone.TotalSeconds:0.0} s, before the expiry");
        await mine.Context.CloseAsync();
    }
}
