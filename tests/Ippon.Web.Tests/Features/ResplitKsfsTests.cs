using CsCheck;
using Ippon.Files.Plans;
using Ippon.Plans;
using Ippon.Web.Features.Authoring;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Features;

/// <summary>Raising the KGI offers to split the KSFs again: keeping their shares exactly, with the remainder rule.</summary>
public sealed class ResplitKsfsTests
{
    // The template as the page opens it (its actions and teams too), not the kit's code-built SeedPlan.
    static readonly Plan Seed = PlanReader.Parse(Templates.Text("sales-100m")!).Plan!;

    static Plan SeedWithKgiTarget(decimal target) =>
        Seed with { Metrics = [.. Seed.Metrics.Select(m => m.Id == "revenue" ? m with { Target = target } : m)] };

    [Fact]
    public void Offer_SeedPlanAsItIs_IsNotMade() => Assert.Null(ResplitKsfs.Of(Seed));

    [Fact]
    public void SeedPlan_KgiRaisedTo150M_KeepingShares_Is90MAnd60MAndEverythingBelowFollows()
    {
        var plan = SeedWithKgiTarget(150_000_000m);
        var offer = ResplitKsfs.Of(plan);
        Assert.NotNull(offer);
        Assert.Equal((150_000_000m, 100_000_000m, "repeat_revenue,new_revenue"), (offer.Target, offer.Sum, string.Join(",", offer.Parts.Select(p => p.Id))));

        var kept = ResplitKsfs.KeepShares(offer.Target, [.. offer.Parts.Select(p => p.Target!.Value)]);
        Assert.Equal([90_000_000m, 60_000_000m], kept);

        var split = ResplitKsfs.Apply(plan, offer, ResplitKsfs.Parts(offer, kept));
        Assert.True(split.Ok);
        Assert.Null(ResplitKsfs.Of(split.Value));
        var result = PlanText.Calculation(split.Value);
        // By hand: 6,000万 ÷ 200万 = 30 orders; 30 ÷ 20% = 150 deals; 150 ÷ 10% = 1,500 leads; 150 deals ÷ 1% = 15,000 calls;
        // 60% of the leads (900) ÷ 100 a webinar = 9 webinars; 40% (600) ÷ 34 an article = 17.6… → 18 articles.
        Assert.Equal(
            (90_000_000m, 60_000_000m, 30m, 150m, 1_500m),
            (result.Metric("repeat_revenue")!.Target, result.Metric("new_revenue")!.Target, result.Metric("orders")!.Target, result.Metric("deals")!.Target, result.Metric("leads")!.Target));
        Assert.Equal((15_000m, 9m, 18m), (result.Action("calls")!.Volume, result.Action("webinars")!.Volume, result.Action("seo_articles")!.Volume));
        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == Ippon.Checks.Rule.KsfSumMismatch.Id);
    }

    [Fact]
    public void KeepShares_ThirdsOf100Yen_RoundDownAndTheLastTakesTheRemainder() =>
        Assert.Equal([33m, 33m, 34m], ResplitKsfs.KeepShares(100m, [1m, 1m, 1m]));

    /// <summary>The law: the parts add up to the total exactly, and each but the last is its exact share rounded down.</summary>
    [Fact]
    public void KeepShares_AlwaysAddsUpExactly_EachPartTheFloorOfItsShare()
    {
        Gen.Select(Gen.Long[1, 10_000_000_000], Gen.Long[1, 1_000_000_000].Array[1, 6]).Sample((total, parts) =>
        {
            var old = parts.Select(p => (decimal)p).ToList();
            var sum = old.Sum();
            var kept = ResplitKsfs.KeepShares(total, old);
            var floors = Enumerable.Range(0, old.Count - 1).All(i => kept[i] * sum <= old[i] * total && (kept[i] + 1) * sum > old[i] * total);
            return kept.Sum() == total && floors && kept.Count == old.Count;
        });
    }
}
