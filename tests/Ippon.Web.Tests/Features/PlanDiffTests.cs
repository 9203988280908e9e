using Ippon.Files.Changes;
using Ippon.Testing;
using Ippon.Web.Features.Authoring;
using Ippon.Web.Features.Edits;
using Ippon.Web.Tests.Infrastructure;

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

    [Fact]
    public void Inputs_OnlyThePlansSettingsEdited_AreChangesOfThePlan()
    {
        var plan = TemplatePlans.Default();
        var edited = EditSettings.Apply(plan, new EditSettings.Changes { FiscalYear = 2027, Period = "month", MaxKpisPerOwner = "5" }).Value!;
        var form = EditCrm.Of(edited);
        edited = EditCrm.Apply(edited, form with { Stages = [.. form.Stages, new EditCrm.Row("アポ", ["leads"])] }).Value!;

        var changes = PlanDiff.Inputs(plan, edited);

        Assert.Equal(["horizon", "max_kpis_per_owner", "crm"], changes.Select(c => c.Field));
        Assert.All(changes, c => Assert.Equal("plan", c.Subject));
        Assert.Equal(("2026-04-01 – 2027-03-31 (quarter)", "2027-04-01 – 2028-03-31 (month)"), (changes[0].From, changes[0].To));
        Assert.EndsWith("; アポ → leads; ignore 重複; 金額 → new_revenue (受注)", changes[2].To, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_ACrmMappingWrittenBackUnchanged_IsNoChange()
    {
        var plan = TemplatePlans.Default();
        Assert.Empty(PlanDiff.Inputs(plan, EditCrm.Apply(plan, EditCrm.Of(plan)).Value!));
    }

    [Fact]
    public void Inputs_PhasingWeightsSet_IsAChangeOfThePlan()
    {
        var plan = TemplatePlans.Default();
        var edited = EditSettings.Apply(plan, new EditSettings.Changes { Phasing = "1, 2, 3, 4" }).Value!;
        Assert.Equal(new Change("plan", plan.Title, "phasing", null, "1, 2, 3, 4"), Assert.Single(PlanDiff.Inputs(plan, edited)));
    }
}
