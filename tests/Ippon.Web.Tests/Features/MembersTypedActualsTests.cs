using Ippon.Web.Features.Actuals;

namespace Ippon.Web.Tests.Features;

/// <summary>The reps' typed cells go into the draft beside the Actuals tab's and come back to the same rep, never to the team's grid.</summary>
public sealed class MembersTypedActualsTests
{
    [Fact]
    public void DraftCells_OfTheActualsTabAndTwoReps_ComeBackEachToItsOwnGrid()
    {
        var team = new TypedActuals();
        var reps = new MembersTypedActuals();
        team.Set(("Q1", "orders"), "9");
        reps.For("rep", "田中").Set(("Q1", "rep_deals"), "20");
        reps.For("rep", "佐藤").Set(("Q2", "rep_orders"), "1,2"); // a typo stays as typed
        List<TypedCell> draft = [.. team.ToList(), .. reps.ToList()];
        Assert.Equal(3, draft.Count);

        var teamAgain = new TypedActuals();
        var repsAgain = new MembersTypedActuals();
        teamAgain.Reset(draft);
        repsAgain.Reset(draft);

        Assert.Equal([new("Q1", "orders", "9")], teamAgain.ToList());
        Assert.Equal([new("Q1", "rep_deals", "20")], repsAgain.For("rep", "田中").ToList());
        Assert.Equal([new("Q2", "rep_orders", "1,2")], repsAgain.For("rep", "佐藤").ToList());
        Assert.Equal(2, repsAgain.Count);
    }

    [Fact]
    public void Reset_ToNothing_EmptiesTheGridARepAlreadyHolds_AndSaysSo()
    {
        var reps = new MembersTypedActuals();
        var tanaka = reps.For("rep", "田中");
        tanaka.Set(("Q1", "rep_deals"), "20");
        var changes = 0;
        reps.Changed += () => changes++;

        reps.Reset([]);

        Assert.Same(tanaka, reps.For("rep", "田中"));
        Assert.Equal(0, tanaka.Count);
        Assert.True(changes > 0);
    }
}
