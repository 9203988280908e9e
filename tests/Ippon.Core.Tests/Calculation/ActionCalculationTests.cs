using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Plans;
using static Ippon.Tests.TestPlans;

namespace Ippon.Tests.Calculation;

/// <summary>Action volumes (⌈target × share ÷ per_unit⌉), explicit volumes, coverage, capacity and load.</summary>
public class ActionCalculationTests
{
    static Plan Seed => SeedPlan.Build();

    [Fact]
    public void Volume_SeedCalls_IsDealsTargetOverPerUnit()
    {
        var calls = Seed.Calculate().Action("calls")!;

        Assert.Equal(10_000m, calls.Volume);
        Assert.Equal(TargetSource.Derived, calls.VolumeSource);
        Assert.Equal(1m, calls.Coverage);
    }

    [Fact]
    public void Volume_Shares_SplitTheTargetAndRoundEachActionUp()
    {
        // 60% of 1,000 leads at 100 a webinar = 6; 40% at 34 an article = 11.8 → 12 articles (408 leads).
        var r = Seed.Calculate();

        Assert.Equal(6m, r.Action("webinars")!.Volume);
        Assert.Equal(12m, r.Action("seo_articles")!.Volume);
        Assert.Equal(0.6m, r.Action("webinars")!.Coverage);
        Assert.Equal(0.408m, r.Action("seo_articles")!.Coverage);
        Assert.Equal(1.008m, r.Metric("leads")!.Coverage);
    }

    [Fact]
    public void Volume_ExplicitVolume_CountsFirstAndTheActionWithoutShareTakesTheRest()
    {
        // 4 webinars give 400 leads; SEO takes the other 600 at 34 an article: 17.6 → 18.
        var plan = Seed.WithAction("webinars", a => a with { Volume = 4m, Share = null })
            .WithAction("seo_articles", a => a with { Share = null });

        var r = plan.Calculate();

        Assert.Equal(TargetSource.Explicit, r.Action("webinars")!.VolumeSource);
        Assert.Equal(4m, r.Action("webinars")!.Volume);
        Assert.Equal(18m, r.Action("seo_articles")!.Volume);
        Assert.Equal((400m + 612m) / 1_000m, r.Metric("leads")!.Coverage);
        Assert.Empty(r.Of(Rule.KpiNotCovered));
    }

    [Fact]
    public void Volume_TwoActionsWithoutShares_SplitTheTargetEvenly()
    {
        var plan = Seed.WithAction("webinars", a => a with { Share = null })
            .WithAction("seo_articles", a => a with { Share = null, PerUnit = 50m, Capacity = Capacity.Of(20m) });

        var r = plan.Calculate();

        Assert.Equal(5m, r.Action("webinars")!.Volume);
        Assert.Equal(10m, r.Action("seo_articles")!.Volume);
        Assert.Equal(1m, r.Metric("leads")!.Coverage);
    }

    [Fact]
    public void Volume_SharesBelowTheWhole_LeaveTheMetricNotCovered()
    {
        var r = Seed.WithAction("seo_articles", a => a with { Share = 0.2m }).Calculate();

        Assert.Equal(6m, r.Action("seo_articles")!.Volume);
        Assert.Equal(0.804m, r.Metric("leads")!.Coverage);
        Assert.Contains("80.4%", r.One(Rule.KpiNotCovered).Message.In(Ippon.Numbers.Language.En));
    }

    [Fact]
    public void Volume_DrivenMetricWithoutTarget_IsUnknown()
    {
        var r = Seed.WithMetric("revenue", m => m with { Target = null })
            .WithMetric("new_revenue", m => m with { Target = null })
            .Calculate();

        Assert.Null(r.Action("calls")!.Volume);
        Assert.Null(r.Action("calls")!.Coverage);
        Assert.Null(r.Action("calls")!.Load);
    }

    [Fact]
    public void Capacity_PeopleTimesPaceTimesDays_GivesTheLoadAndThePacePerPerson()
    {
        var calls = Seed.Calculate().Action("calls")!;

        Assert.Equal(14_400m, calls.Capacity);
        Assert.Equal(10_000m / 14_400m, calls.Load);
        Assert.Equal(0.694m, decimal.Round(calls.Load!.Value, 3));
        Assert.Equal(10_000m / 960m, calls.PerPersonPerDay);
    }

    [Fact]
    public void Capacity_PlainNumber_GivesTheLoadButNoPacePerPerson()
    {
        var webinars = Seed.Calculate().Action("webinars")!;

        Assert.Equal(12m, webinars.Capacity);
        Assert.Equal(0.5m, webinars.Load);
        Assert.Null(webinars.PerPersonPerDay);
    }

    [Fact]
    public void Capacity_ExactlyFull_IsNotOverCapacity()
    {
        var r = Seed.WithAction("calls", a => a with { Capacity = Capacity.Of(10_000m) }).Calculate();

        Assert.Equal(1m, r.Action("calls")!.Load);
        Assert.Empty(r.Of(Rule.OverCapacity));
    }

    [Fact]
    public void Capacity_WinRate15Percent_StillFitsTheCallers()
    {
        var calls = Seed.Calculate(("win_rate", 0.15m)).Action("calls")!;

        Assert.Equal(13_400m, calls.Volume);
        Assert.Equal(13_400m / 14_400m, calls.Load);
    }

    [Fact]
    public void Capacity_WinRate10Percent_OverloadsTheCallers()
    {
        var r = Seed.Calculate(("win_rate", 0.1m));

        Assert.Equal(20_000m, r.Action("calls")!.Volume);
        Assert.Equal("calls", r.One(Rule.OverCapacity).Subject);
        Assert.False(r.Metric("deals")!.Smart!.Achievable);
    }

    [Fact]
    public void Action_WithVolumeOnly_HasNoCoverage()
    {
        var plan = Seed with { Actions = Seed.Actions.Add(Action("visits", "deals", volume: 50m, capacity: Capacity.Of(100m))) };

        var r = plan.Calculate();

        Assert.Equal(50m, r.Action("visits")!.Volume);
        Assert.Null(r.Action("visits")!.Coverage);
        Assert.Null(r.Metric("deals")!.Coverage);
        Assert.Empty(r.Of(Rule.KpiNotCovered));
    }
}
