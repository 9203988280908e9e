using Ippon.Calculation;
using Ippon.Sensitivity;
using Ippon.Testing;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Findings;

namespace Ippon.Web.Tests.Features;

/// <summary>The ranking beside too-many-kpis: each KPI by the KGI's swing through it, unconnected ones last with none.</summary>
public sealed class KpiImpactTests
{
    [Fact]
    public void ForOwner_SalesWithTwoUnconnectedKpis_RanksTheConnectedFirst()
    {
        var plan = AddMetric.Apply(SeedPlan.Build(), new AddMetric.Request("visits", "訪問数", "kpi", "営業部", null, null, null)).Value!;
        var result = PlanCalculator.Calculate(plan);
        var ranking = KpiImpact.ForOwner(result, SensitivityAnalysis.Run(plan, 0.1m), "営業部");
        Assert.Equal(["orders", "deals", "visits"], ranking.Select(r => r.Kpi.Id));
        // ±10% of any factor of new revenue (4,000万円 of the 1億円) moves the KGI by ±400万円: a swing of 800万円.
        Assert.Equal([8_000_000m, 8_000_000m, 0m], ranking.Select(r => decimal.Round(r.Swing)));
        Assert.Null(ranking[2].Through);
    }
}
