using Ippon.Files.Changes;
using Ippon.Testing;
using Ippon.Web.Features.Edits;

namespace Ippon.Web.Tests.Features;

/// <summary>What changed between two plans, in the plan file's own notation.</summary>
public sealed class PlanDiffTests
{
    [Fact]
    public void Inputs_SamePlan_IsEmpty() => Assert.Empty(PlanDiff.Inputs(SeedPlan.Build(), SeedPlan.Build()));

    [Fact]
    public void Inputs_EditsAndAnAddedMetric_AreListedInPlanOrder()
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "unit_price", new EditMetric.Changes { Value = "250万円", Owner = "営業部" }).Value!;
        edited = AddMetric.Apply(edited, new AddMetric.Request("visits", "訪問数", "kpi", "営業部", null, "500", null)).Value!;
        Assert.Equal(
            [
                new Change("unit_price", "平均受注単価", "value", "200万円", "250万円"),
                new Change("unit_price", "平均受注単価", "owner", null, "営業部"),
                new Change("visits", "訪問数", "added", null, "500"),
            ],
            PlanDiff.Inputs(SeedPlan.Build(), edited));
    }

    [Fact]
    public void Summary_ManyChanges_IsOneLineWithTheRestCounted()
    {
        var edited = SeedPlan.Build();
        for (var i = 1; i <= 14; i++) edited = AddMetric.Apply(edited, new AddMetric.Request($"m{i}", null, null, null, null, "1", null)).Value!;
        var summary = PlanDiff.Summary(SeedPlan.Build(), edited);
        Assert.StartsWith("+m1; +m2", summary, StringComparison.Ordinal);
        Assert.EndsWith("… (+2)", summary, StringComparison.Ordinal);
    }
}
