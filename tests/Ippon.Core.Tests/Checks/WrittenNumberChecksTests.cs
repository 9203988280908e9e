using CsCheck;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Checks;

/// <summary>
/// The checks of written numbers (a rate outside 0–100%, a negative count) are kept per metric instance between
/// calculations, as the page's edits calculate plan after plan sharing the metrics they did not change: what they
/// report must be what a calculation of the same plan from fresh metric instances reports.
/// </summary>
public class WrittenNumberChecksTests
{
    enum Field { DealRateValue, WinRateTarget, LeadsValue }

    sealed record Edit(Field Field, decimal Value)
    {
        public override string ToString() => $"{Field}={Value}";
    }

    // Values on both sides of the ranges (a rate of -50%..150%, a count of -50..150), and the metric cleared (0 → null).
    static readonly Gen<Edit> s_edit = Gen.Select(Gen.Int[0, 2], Gen.Int[-50, 150], (f, v) => new Edit((Field)f, v / 100m));

    static Plan Apply(Plan plan, Edit edit) => edit.Field switch
    {
        Field.DealRateValue => plan.WithMetric("deal_rate", m => m with { Value = edit.Value }),
        Field.WinRateTarget => plan.WithMetric("win_rate", m => m with { Target = edit.Value == 0 ? null : edit.Value }),
        _ => plan.WithMetric("leads", m => m with { Value = edit.Value == 0 ? null : edit.Value * 1000 }),
    };

    static string[] Shown(Ippon.Calculation.PlanResult r) =>
        [.. r.Findings.Select(f => $"{f.Rule.Id} {f.Subject} {f.Member} {f.Message.In(Language.En)}")];

    [Fact]
    public void EditsOneAfterAnother_ReportTheSameFindingsAsAFreshCalculationOfEachPlan()
    {
        s_edit.Array[1, 8].Sample(edits =>
        {
            var plan = Build();
            plan.Calculate(); // the metrics' checks kept, as the page's first calculation keeps them
            foreach (var edit in edits)
            {
                plan = Apply(plan, edit);
                var shared = plan.Calculate();
                var fresh = (plan with { Metrics = [.. plan.Metrics.Select(m => m with { })] }).Calculate();

                Assert.Equal(Shown(fresh), Shown(shared));
            }
        }, iter: 200, print: e => string.Join(", ", e.Select(x => x.ToString())));
    }

    [Fact]
    public void ARateEditedAbove100PercentAndBack_IsReportedOnlyWhileItIsAbove()
    {
        var plan = Build();
        var before = plan.Calculate();
        var above = plan.WithMetric("deal_rate", m => m with { Value = 1.2m });
        var after = above.Calculate();

        Assert.DoesNotContain(before.Findings, f => f.Rule == Rule.InvalidRate);
        Assert.Contains("120%", after.One(Rule.InvalidRate).Message.In(Language.En));
        Assert.DoesNotContain(plan.Calculate().Findings, f => f.Rule == Rule.InvalidRate);
        Assert.Equal("deal_rate", above.Calculate().One(Rule.InvalidRate).Subject);
    }
}
