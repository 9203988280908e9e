using Ippon.Checks;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Checks;

/// <summary>The one rule for the colour of a box (the web page's tree and every export judge boxes by it).</summary>
public class StatesTests
{
    [Fact]
    public void SeedPlan_EveryTargetIsMet_KgiAndKpisAreOkAndAssumptionsUnjudged()
    {
        var r = Build().Calculate();

        Assert.Equal(State.Ok, States.Of(r, r.Metric("revenue")!));
        Assert.Equal(State.Ok, States.Of(r, r.Metric("deals")!));
        Assert.Equal(State.None, States.Of(r, r.Metric("unit_price")!));
        Assert.Equal(State.Ok, States.Of(r, r.Action("calls")!));
    }

    [Fact]
    public void LeadsFixedBelowTheirTarget_TheLeadsAndEverythingAboveThemAreBehind()
    {
        var r = Build().WithMetric("leads", m => m with { Value = 500m }).Calculate();

        Assert.Equal(50m, r.Planned("deals"));
        Assert.Equal(State.Behind, States.Of(r, r.Metric("leads")!));
        Assert.Equal(State.Behind, States.Of(r, r.Metric("deals")!));
        Assert.Equal(State.Behind, States.Of(r, r.Metric("revenue")!));
        Assert.Equal(State.Ok, States.Of(r, r.Metric("repeat_revenue")!));
    }

    [Fact]
    public void WinRate10Percent_CallsNeed20000Of14400_TheCallsAreInError()
    {
        var r = Build().WithMetric("win_rate", m => m with { Value = 0.1m }).Calculate();

        Assert.Equal(20_000m, r.Action("calls")!.Volume);
        Assert.Equal(State.Error, States.Of(r, r.Action("calls")!));
    }
}
