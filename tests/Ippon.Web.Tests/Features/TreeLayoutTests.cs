using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Testing;
using Ippon.Web.Features.Editing;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Plans;

namespace Ippon.Web.Tests.Features;

/// <summary>The diagram's layout: KGI on the left, each formula's inputs one column further, actions after what they drive.</summary>
public sealed class TreeLayoutTests
{
    readonly TreeLayout _layout = TreeLayout.Build(PlanCalculator.Calculate(SeedPlan.Build()));

    [Theory]
    [InlineData("revenue", 0)]
    [InlineData("new_revenue", 1)]
    [InlineData("orders", 2)]
    [InlineData("deals", 3)]
    [InlineData("win_rate", 3)]
    [InlineData("leads", 4)]
    [InlineData("calls", 4)]
    [InlineData("webinars", 5)]
    public void Build_SeedPlan_PlacesEachBoxInItsColumn(string id, int column) => Assert.Equal(column, _layout.Find(id)!.Column);

    [Fact]
    public void Build_SeedPlan_DrawsEveryMetricAndActionOnce()
    {
        Assert.Equal(SeedPlan.Build().Metrics.Length + SeedPlan.Build().Actions.Length, _layout.Nodes.Count);
        Assert.Equal(_layout.Nodes.Count, _layout.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Null(_layout.UnconnectedTop);
    }

    public static TheoryData<string> TemplateNames => [.. Templates.Names];

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Build_EveryTemplate_DrawsEachBoxOnceWithoutOverlaps(string template)
    {
        var plan = PlanReader.Parse(Templates.Text(template)!).Plan!;
        var layout = TreeLayout.Build(PlanCalculator.Calculate(plan));
        Assert.Equal(plan.Metrics.Length + plan.Actions.Length, layout.Nodes.Select(n => n.Id).Distinct().Count());
        foreach (var column in layout.Nodes.GroupBy(n => n.Column))
        {
            var boxes = column.OrderBy(n => n.Y).ToList();
            for (var i = 1; i < boxes.Count; i++) Assert.True(boxes[i].Y >= boxes[i - 1].Y + boxes[i - 1].Height + TreeLayout.RowGap, $"{boxes[i - 1].Id} touches {boxes[i].Id}");
        }
    }

    [Fact]
    public void Build_ParentSitsBetweenItsFirstAndLastChild()
    {
        var newRevenue = _layout.Find("new_revenue")!;
        var orders = _layout.Find("orders")!;
        var unitPrice = _layout.Find("unit_price")!;
        var centre = newRevenue.Y + (newRevenue.Height / 2);
        Assert.InRange(centre, orders.Y + (orders.Height / 2), unitPrice.Y + (unitPrice.Height / 2));
    }

    [Fact]
    public void Build_MetricNotConnected_GoesBelowTheLine()
    {
        var plan = AddMetric.Apply(SeedPlan.Build(), new AddMetric.Request("visits", "訪問数", "kpi", "営業部", null, null, null)).Value!;
        var layout = TreeLayout.Build(PlanCalculator.Calculate(plan));
        var visits = layout.Find("visits")!;
        Assert.False(visits.Connected);
        Assert.True(visits.Y > layout.UnconnectedTop);
    }
}
