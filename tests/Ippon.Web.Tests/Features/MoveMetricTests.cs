using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Testing;
using Ippon.Web.Features.Authoring;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Features;

/// <summary>Moving a metric under another parent: both formulas change as shown, and a move that breaks the plan is refused naming why.</summary>
public sealed class MoveMetricTests
{
    [Fact]
    public void Move_RepeatRevenueUnderNewRevenue_TakesItOutOfTheKgiAndAddsItByName()
    {
        var moved = MoveMetric.Plan(SeedPlan.Build(), "repeat_revenue", "new_revenue");

        Assert.True(moved.Ok, moved.Failure?.Describe(Language.Ja));
        Assert.Equal(("revenue", "repeat_revenue + new_revenue", "new_revenue"), (moved.Value.From!.ParentId, moved.Value.From.Before!.Text, moved.Value.From.After!.Text));
        Assert.Equal(("new_revenue", "orders * unit_price", "orders * unit_price + 既存顧客リピート売上"), (moved.Value.To.ParentId, moved.Value.To.Before!.Text, moved.Value.To.After!.Text));
        Assert.Equal(["orders", "repeat_revenue", "unit_price"], moved.Value.Plan.Find("new_revenue")!.Formula!.References.Order(StringComparer.Ordinal));
        Assert.Equal(["new_revenue"], moved.Value.Plan.Find("revenue")!.Formula!.References);
        // The plan after the move reopens and calculates: the KGI is 新規売上 alone, which keeps its own target of 4,000万円.
        var result = PlanCalculator.Calculate(PlanText.Written(moved.Value.Plan).Value!.Plan);
        Assert.Equal(40_000_000m, result.Metric("new_revenue")!.Target);
    }

    [Fact]
    public void Move_KeepsWhatWasTyped_InTheFormulaItLeaves()
    {
        var plan = Parse("""
            plan: 移動
            metrics:
              total: { name: 売上, role: kgi, formula: 「新規 売上」 + 既存売上 + 紹介売上, target: 1000 }
              a: { name: 新規 売上, role: ksf, formula: 件数 × 単価 }
              b: { name: 既存売上, role: ksf, target: 300 }
              c: { name: 紹介売上, role: ksf, target: 100 }
              件数: { role: kpi }
              単価: { value: 10 }
            """);

        Assert.Equal("「新規 売上」 + 紹介売上", MoveMetric.Plan(plan, "b", "a").Value!.From!.After!.Text);
        Assert.Equal("既存売上 + 紹介売上", MoveMetric.Plan(plan, "a", "b").Value!.From!.After!.Text);
        Assert.Equal("件数 × 単価 + 紹介売上", MoveMetric.Plan(plan, "c", "a").Value!.To.After!.Text);
        Assert.Equal("「新規 売上」", MoveMetric.Plan(plan, "a", "c").Value!.To.After!.Text);
    }

    [Fact]
    public void Move_UnderWhatIsComputedFromIt_IsRefusedNamingTheCycle()
    {
        var moved = MoveMetric.Plan(SeedPlan.Build(), "new_revenue", "leads");

        Assert.False(moved.Ok);
        Assert.Equal("to", moved.Failure.Errors[0].Field);
        Assert.Contains("新規売上 → 新規受注数 → 商談数 → リード数", moved.Failure.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.Contains("cycle", moved.Failure.Describe(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Move_OfAFactorOfAProduct_IsRefusedNamingTheFormula()
    {
        var moved = MoveMetric.Plan(SeedPlan.Build(), "deals", "revenue");

        Assert.False(moved.Ok);
        Assert.Equal("from", moved.Failure.Errors[0].Field);
        Assert.Contains("新規受注数 = 商談数 × 受注率", moved.Failure.Describe(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void Move_UnderAnAssumptionWithAValue_IsRefused()
    {
        var moved = MoveMetric.Plan(SeedPlan.Build(), "repeat_revenue", "win_rate");

        Assert.False(moved.Ok);
        Assert.Contains("受注率", moved.Failure.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.DoesNotContain(MoveMetric.Targets(SeedPlan.Build(), "repeat_revenue"), m => m.Id == "win_rate");
    }

    [Fact]
    public void Targets_LeaveOutItselfItsParentAndEverythingBelowIt()
    {
        var targets = MoveMetric.Targets(SeedPlan.Build(), "orders").Select(m => m.Id).ToList();

        Assert.DoesNotContain("orders", targets);
        Assert.DoesNotContain("new_revenue", targets);
        Assert.DoesNotContain("deals", targets);
        Assert.DoesNotContain("leads", targets);
        Assert.Contains("revenue", targets);
        Assert.Contains("repeat_revenue", targets);
    }

    [Fact]
    public void Move_OfAMetricInTwoFormulas_AsksWhichOneItLeaves()
    {
        var plan = Parse("""
            plan: 二つの親
            metrics:
              x: { name: 合計A, role: kgi, formula: 共通 + 別, target: 100 }
              y: { name: 合計B, formula: 共通 + 2 }
              共通: { role: kpi }
              別: { role: kpi }
              z: { name: 置き場, role: kpi }
            """);

        var asked = MoveMetric.Plan(plan, "共通", "z");
        Assert.Equal("from", asked.Failure!.Errors[0].Field);
        Assert.Contains("合計A、合計B", asked.Failure.Describe(Language.Ja), StringComparison.Ordinal);
        var moved = MoveMetric.Plan(plan, "共通", "z", "y");
        Assert.Equal(("2", "共通"), (moved.Value!.From!.After!.Text, moved.Value.To.After!.Text));
    }

    static Plan Parse(string yaml) => PlanText.Parse(yaml).Plan ?? throw new InvalidOperationException(string.Join("; ", PlanText.Parse(yaml).Errors.Select(e => e.Message.In(Language.En))));
}
