using Ippon.Testing;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Features;

/// <summary>The server's kept plan reads are bounded: opening every plan ever imported must not keep them all.</summary>
public sealed class ParsedVersionsTests
{
    static readonly Ippon.Plans.Plan s_plan = SeedPlan.Build();

    [Fact]
    public void KeepingMorePlansThanTheLimit_LetsTheOldestGo_AndKeepsTheNewest()
    {
        var ids = Enumerable.Range(0, ParsedVersions.MaxEntries + 50).Select(_ => Guid.NewGuid()).ToList();

        foreach (var id in ids) ParsedVersions.Keep(id, 1, "plan: " + id, s_plan);

        AssertWithinBounds();
        Assert.Null(ParsedVersions.Find(ids[0], 1, "plan: " + ids[0]));
        Assert.Same(s_plan, ParsedVersions.Find(ids[^1], 1, "plan: " + ids[^1]));
    }

    [Fact]
    public void KeepingMoreTextThanTheLimit_LetsTheOldestGo_ButAPlanLargerThanTheLimitIsStillKept()
    {
        var big = new string('#', (int)(ParsedVersions.MaxChars / 3));
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();

        foreach (var id in ids) ParsedVersions.Keep(id, 1, big + id, s_plan);

        AssertWithinBounds();
        Assert.Null(ParsedVersions.Find(ids[0], 1, big + ids[0]));
        Assert.Same(s_plan, ParsedVersions.Find(ids[^1], 1, big + ids[^1]));

        var huge = new string('#', (int)ParsedVersions.MaxChars + 1);
        var alone = Guid.NewGuid();
        ParsedVersions.Keep(alone, 1, huge, s_plan);
        Assert.Same(s_plan, ParsedVersions.Find(alone, 1, huge));
        ParsedVersions.Keep(Guid.NewGuid(), 1, "plan: small", s_plan); // and it goes first when the next one comes
        Assert.Null(ParsedVersions.Find(alone, 1, huge));
        AssertWithinBounds();
    }

    [Fact]
    public void SavingOnePlanOverAndOver_KeepsOneEntry_WithItsLatestVersion()
    {
        var id = Guid.NewGuid();
        for (var v = 1; v <= 3 * ParsedVersions.MaxEntries; v++) ParsedVersions.Keep(id, v, $"plan: v{v}", s_plan);
        ParsedVersions.Keep(id, 2, "plan: v2", s_plan); // an older version never replaces a newer one

        Assert.Same(s_plan, ParsedVersions.Find(id, 3 * ParsedVersions.MaxEntries, $"plan: v{3 * ParsedVersions.MaxEntries}"));
        Assert.Null(ParsedVersions.Find(id, 2, "plan: v2"));
        AssertWithinBounds();
    }

    // Other tests keep plans at the same time: the bounds hold whatever they do.
    static void AssertWithinBounds()
    {
        var (plans, chars) = ParsedVersions.Kept;
        Assert.InRange(plans, 1, ParsedVersions.MaxEntries);
        Assert.True(chars <= ParsedVersions.MaxChars || plans == 1, $"{plans} plans, {chars:#,0} characters kept");
    }
}
