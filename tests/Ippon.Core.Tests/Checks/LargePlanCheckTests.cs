using Ippon.Checks;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;
using static Ippon.Tests.TestPlans;

namespace Ippon.Tests.Checks;

/// <summary>The checks on long chains of KPIs: the same findings as on small plans, computed for all metrics at once (bench/checks.sh measures the time).</summary>
public class LargePlanCheckTests
{
    const int Length = 2_000;

    // kgi = k1 ⊕ 1, k1 = k2 ⊕ 1, …, k(n-1) = kn ⊕ 1, with ⊕ = * rate at the link given, + elsewhere.
    static Plan Chain(int qualityLink)
    {
        var metrics = new List<Metric>
        {
            M("kgi", Link(0), MetricRole.Kgi, target: 1_000_000m, unit: "count", owner: "経営企画", deadline: FiscalYearEnd),
            M("rate", value: 0.5m, unit: "ratio"),
        };
        for (var i = 1; i < Length; i++) metrics.Add(M($"k{i}", Link(i), MetricRole.Kpi, unit: "count", owner: $"部{i}"));
        metrics.Add(M($"k{Length}", role: MetricRole.Kpi, unit: "count", owner: "部0"));
        return Of(metrics);

        string Link(int i) => i == qualityLink ? $"k{i + 1} * rate" : $"k{i + 1} + 1";
    }

    [Fact]
    public void MissingQualityPair_QualityAtTheTopOfALongChain_PairsEveryKpiBelowIt()
    {
        var r = Chain(qualityLink: 0).Calculate();

        Assert.Empty(r.Of(Rule.MissingQualityPair));
    }

    [Fact]
    public void MissingQualityPair_QualityAtTheBottomOfALongChain_FiresOnEveryKpiAboveIt()
    {
        var r = Chain(qualityLink: Length - 1).Calculate();

        var unpaired = r.Of(Rule.MissingQualityPair).Select(f => f.Subject).ToHashSet();
        // Only the last KPI is multiplied by the rate; the one whose formula does the multiplying is not itself paired.
        Assert.Equal(Length - 1, unpaired.Count);
        Assert.Contains("k1", unpaired);
        Assert.Contains($"k{Length - 1}", unpaired);
        Assert.DoesNotContain($"k{Length}", unpaired);
    }

    [Fact]
    public void Smart_EveryKpiOfALongChain_IsJudgedOnItsOwnFindings()
    {
        var r = Chain(qualityLink: 0).Calculate();

        // No action drives the input KPI: kpi-without-action is a warning, so it stays achievable; every KPI is relevant.
        Assert.All(r.Metrics.Where(m => m.Metric.Role == MetricRole.Kpi), m => Assert.True(m.Smart!.Relevant && m.Smart.Achievable));
    }
}
