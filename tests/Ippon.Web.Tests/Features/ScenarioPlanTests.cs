using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Web.Features.Scenarios;

namespace Ippon.Web.Tests.Features;

/// <summary>A scenario read as a plan: the seed's stretch (2,000 leads) sized by its own numbers, not the base plan's.</summary>
public class ScenarioPlanTests
{
    static Ippon.Plans.Scenario Stretch => SeedPlan.Plan.FindScenario("stretch")!;

    [Fact]
    public void Stretch_SizesTheActionsForTwoThousandLeadsAndTheDealsTheyBring()
    {
        var r = ScenarioPlan.Calculate(SeedPlan.Plan, Stretch);

        Assert.Equal(12m, r.Action("webinars")!.Volume);      // 2,000 × 60% ÷ 100
        Assert.Equal(24m, r.Action("seo_articles")!.Volume);  // 2,000 × 40% ÷ 34 = 23.5 → 24
        Assert.Equal(20_000m, r.Action("calls")!.Volume);     // 200 deals ÷ 1%
        Assert.Equal(2_000m, r.Metric("leads")!.PlannedValue);
    }

    [Fact]
    public void Stretch_HasItsOwnFindings_TheCallsOverTheCallersCapacity()
    {
        var r = ScenarioPlan.Calculate(SeedPlan.Plan, Stretch);

        Assert.Contains(r.Findings, f => f.Rule == Ippon.Checks.Rule.OverCapacity && f.Subject == "calls");
        Assert.DoesNotContain(PlanCalculator.Calculate(SeedPlan.Plan).Findings, f => f.Rule == Ippon.Checks.Rule.OverCapacity);
    }

    [Fact]
    public void Stretch_CalculatedPlainly_KeepsTheBasePlansVolumes_WhichIsWhyTheScenarioIsReadAsAPlan()
    {
        var plain = PlanCalculator.Calculate(SeedPlan.Plan, new CalculationOptions { Overrides = Stretch.Overrides, ScenarioName = "stretch" });

        Assert.Equal(6m, plain.Action("webinars")!.Volume);
    }

    [Fact]
    public void AScenarioThatMovesNoDrivenMetricAboveItsTarget_IsTheScenarioAsCalculated()
    {
        var gentle = new Ippon.Plans.Scenario("gentle", [new Ippon.Plans.ScenarioOverride("leads", 800, null)]);
        var r = ScenarioPlan.Calculate(SeedPlan.Plan, gentle);

        Assert.Equal(6m, r.Action("webinars")!.Volume);
        Assert.Equal(800m, r.Metric("leads")!.PlannedValue);
    }

    [Theory]
    [InlineData("stretch", Language.Ja, "ストレッチ目標")]
    [InlineData("stretch", Language.En, "Stretch goal")]
    [InlineData("ストレッチ", Language.En, "ストレッチ")]
    public void DisplayName_IsTheUsualWordsForTheUsualIdsElseTheName(string name, Language language, string shown) =>
        Assert.Equal(shown, ScenarioPlan.DisplayName(new Ippon.Plans.Scenario(name, []), language));
}
