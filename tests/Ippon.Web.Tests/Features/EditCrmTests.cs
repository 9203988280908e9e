using Ippon.Numbers;
using Ippon.Files.Plans;
using Ippon.Web.Features.Authoring;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Features;

/// <summary>The CRM mapping as a form: it shows the plan's crm: section, writes it back, and refuses a mistake under its field.</summary>
public sealed class EditCrmTests
{
    [Fact]
    public void Form_OfTheSeed_WrittenBack_GivesTheSameMapping()
    {
        var plan = TemplatePlans.Default();
        Assert.Equal(4, plan.Crm!.Stages.Length);
        var applied = EditCrm.Apply(plan, EditCrm.Of(plan));

        Assert.True(applied.Ok, applied.Failure?.Describe(Language.Ja));
        Assert.Equal(PlanWriter.Write(plan), PlanWriter.Write(applied.Value));
    }

    [Fact]
    public void Form_AStageAddedAndTheAmountMoved_ReopensWithThem()
    {
        var plan = TemplatePlans.Default();
        var form = EditCrm.Of(plan);
        form = form with
        {
            Stages = [.. form.Stages, new EditCrm.Row("アポ", ["leads", "商談数"])],
            Ignore = "重複、テスト",
            AmountMetric = "revenue",
            AmountStages = "受注",
        };

        var applied = EditCrm.Apply(plan, form);

        Assert.True(applied.Ok, applied.Failure?.Describe(Language.Ja));
        var crm = PlanText.Written(applied.Value).Value!.Plan.Crm!;
        Assert.Equal(["leads", "deals"], crm.Stage("アポ")!.Metrics.ToArray());
        Assert.Equal(["重複", "テスト"], crm.Ignore.ToArray());
        Assert.Equal(("金額", "revenue"), (crm.AmountColumn, crm.AmountMetric));
    }

    [Fact]
    public void Form_Mistakes_AreRefusedEachUnderItsField()
    {
        var plan = TemplatePlans.Default();
        var form = new EditCrm.Form
        {
            DateColumn = "",
            StageColumn = "ステージ",
            Stages = [new EditCrm.Row("受注", ["orders", "no_such"]), new EditCrm.Row("受注", ["deals"]), new EditCrm.Row("", ["leads"]), new EditCrm.Row("失注", [])],
            Ignore = "失注",
            AmountColumn = "金額",
            AmountStages = "成約",
        };

        var refused = EditCrm.Apply(plan, form);

        Assert.False(refused.Ok);
        Assert.Equal(
            ["crm.date", "crm.stages[0].metrics", "crm.stages[1].name", "crm.stages[2].name", "crm.stages[3].metrics", "crm.ignore", "crm.amount.to", "crm.amount.stages"],
            refused.Failure.Errors.Select(e => e.Field));
        Assert.Contains("no_such", refused.Failure.Describe(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void Form_LeftEmpty_RemovesTheMapping()
    {
        var applied = EditCrm.Apply(TemplatePlans.Default(), new EditCrm.Form { Stages = [new EditCrm.Row("", [])] });

        Assert.True(applied.Ok);
        Assert.Null(applied.Value.Crm);
        Assert.DoesNotContain("crm:", PlanWriter.Write(applied.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingAMetricOnlyTheCrmNames_IsRefusedNamingTheStage_UntilTheFormLetsGoOfIt()
    {
        // 紹介数 is counted by the CRM stage 紹介 and named by nothing else.
        var plan = TemplatePlans.Default();
        plan = AddMetric.Apply(plan, new AddMetric.Request(null, "紹介数", "kpi", "営業部", null, null, "count")).Value!;
        var id = plan.Metrics.Single(m => m.Name == "紹介数").Id;
        var form = EditCrm.Of(plan);
        plan = EditCrm.Apply(plan, form with { Stages = [.. form.Stages, new EditCrm.Row("紹介", [id])] }).Value!;

        var refused = RemoveMetric.Apply(plan, id);
        Assert.False(refused.Ok);
        Assert.Contains("CRM のステージ 紹介", refused.Failure.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.Contains("the CRM stage 紹介", refused.Failure.Describe(Language.En), StringComparison.Ordinal);

        var without = EditCrm.Of(plan);
        plan = EditCrm.Apply(plan, without with { Stages = [.. without.Stages.Where(s => s.Stage != "紹介")] }).Value!;
        Assert.True(RemoveMetric.Apply(plan, id).Ok);
    }
}
