using Ippon.Calculation;
using Ippon.Plans;

namespace Ippon.Tests.Plans;

/// <summary>"Who reads this metric" and "which actions drive it": the two questions the tree, the documents, the CLI and the page all ask.</summary>
public class PlanQueriesTests
{
    static readonly Plan Seed = SeedPlan.Build();

    [Theory]
    [InlineData("win_rate", "orders")]
    [InlineData("orders", "new_revenue")]
    [InlineData("new_revenue", "revenue")]
    [InlineData("revenue", "")]
    public void ReadersOf_TheSeed_AreTheMetricsWhoseFormulaNamesIt(string id, string readers)
    {
        Assert.Equal(readers, string.Join(",", Seed.ReadersOf(id).Select(m => m.Id)));
        Assert.Equal(readers, string.Join(",", PlanCalculator.Calculate(Seed).ReadersOf(id).Select(m => m.Id)));
    }

    [Fact]
    public void ReadersOf_AFormulaReadingItself_IsNotItsOwnReader()
    {
        var plan = Seed.WithFormula("deals", "deals + leads * deal_rate");

        Assert.DoesNotContain(plan.ReadersOf("deals"), m => m.Id == "deals");
        Assert.Contains(plan.ReadersOf("deals"), m => m.Id == "orders");
    }

    [Theory]
    [InlineData("leads", "webinars,seo_articles")]
    [InlineData("deals", "calls")]
    [InlineData("orders", "")]
    public void ActionsDriving_TheSeed_AreTheActionsWhoseDrivesIsIt_InFileOrder(string id, string actions)
    {
        Assert.Equal(actions, string.Join(",", Seed.ActionsDriving(id).Select(a => a.Id)));
        Assert.Equal(actions, string.Join(",", PlanCalculator.Calculate(Seed).ActionsDriving(id).Select(a => a.Id)));
    }
}
