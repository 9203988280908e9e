using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Comparison;
using Ippon.Plans;

namespace Ippon.Tests.Calculation;

/// <summary>A scenario read as a plan (<see cref="CalculationOptions.ForScenario"/>): the seed's stretch (2,000 leads) sized by its own numbers, not the base plan's.</summary>
public class ScenarioSizingTests
{
    static readonly Plan Seed = SeedPlan.Build();

    static Scenario Stretch => Seed.FindScenario("stretch")!;

    [Fact]
    public void Stretch_SizesTheActionsForTwoThousandLeadsAndTheDealsTheyBring()
    {
        var r = PlanCalculator.Calculate(Seed, CalculationOptions.ForScenario(Stretch));

        Assert.Equal("stretch", r.Scenario);
        Assert.Equal(2_000m, r.Metric("leads")!.PlannedValue);
        Assert.Equal(2_000m, r.Metric("leads")!.Target);
        Assert.Equal(12m, r.Action("webinars")!.Volume);      // 2,000 × 60% ÷ 100
        Assert.Equal(24m, r.Action("seo_articles")!.Volume);  // 2,000 × 40% ÷ 34 = 23.5 → 24
        Assert.Equal(20_000m, r.Action("calls")!.Volume);     // 200 deals ÷ 1%
        Assert.Equal(20_000m / 14_400m, r.Action("calls")!.Load);  // 4 people × 15 a day × 240 days
    }

    [Fact]
    public void Stretch_HasItsOwnFindings_TheCallsOverTheCallersCapacity()
    {
        var r = PlanCalculator.Calculate(Seed, CalculationOptions.ForScenario(Stretch));

        Assert.Contains(r.Findings, f => f.Rule == Rule.OverCapacity && f.Subject == "calls");
        Assert.DoesNotContain(PlanCalculator.Calculate(Seed).Findings, f => f.Rule == Rule.OverCapacity);
    }

    [Fact]
    public void Stretch_CalculatedPlainly_KeepsTheBasePlansVolumes_WhichIsWhyTheScenarioIsReadAsAPlan()
    {
        var plain = PlanCalculator.Calculate(Seed, new CalculationOptions { Overrides = Stretch.Overrides, ScenarioName = "stretch" });

        Assert.Equal(6m, plain.Action("webinars")!.Volume);
        Assert.Equal(10_000m, plain.Action("calls")!.Volume);
    }

    [Fact]
    public void AScenarioThatMovesNoDrivenMetricAboveItsTarget_IsTheScenarioAsCalculated()
    {
        var gentle = new Scenario("gentle", [new ScenarioOverride("leads", 800, null)]);

        var r = PlanCalculator.Calculate(Seed, CalculationOptions.ForScenario(gentle));

        Assert.Equal(6m, r.Action("webinars")!.Volume);
        Assert.Equal(800m, r.Metric("leads")!.PlannedValue);
        Assert.Equal(1_000m, r.Metric("leads")!.Target);
    }

    [Fact]
    public void AWhatIfValueOnTopOfTheScenario_IsWhatTheActionsAreSizedFor()
    {
        // --scenario stretch --set leads=3000: the later value wins, and the actions follow it.
        var options = CalculationOptions.ForScenario(Stretch) with { Overrides = [.. Stretch.Overrides, new ScenarioOverride("leads", 3_000m, null)] };

        var r = PlanCalculator.Calculate(Seed, options);

        Assert.Equal(18m, r.Action("webinars")!.Volume);      // 3,000 × 60% ÷ 100
        Assert.Equal(30_000m, r.Action("calls")!.Volume);     // 300 deals ÷ 1%
    }

    [Fact]
    public void Compare_TheStretchColumn_IsTheStretchReadAsAPlan_AndTheBaseIsAsWritten()
    {
        var comparison = ScenarioComparison.Run(Seed, [], out _)!;

        var base_ = comparison.Scenarios.Single(s => s.IsBase).Result;
        var stretch = comparison.Scenarios.Single(s => s.Name == "stretch").Result;
        Assert.Equal(10_000m, base_.Action("calls")!.Volume);
        Assert.Equal(20_000m, stretch.Action("calls")!.Volume);
        var okr = Assert.Single(comparison.Stretches);
        Assert.Equal((1_000m, 2_000m), (okr.MustHit, okr.TryFor));
    }
}
