using System.Collections.Immutable;
using CsCheck;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Export.Diagram;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Diagram;

public class TidyTreeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Arrange_GeneratedPlanOf200Boxes_NoTwoBoxesOverlap(int seed)
    {
        var plan = Seed.Read(GeneratedPlan.Yaml(200, seed));
        var roots = PlanTree.Build(PlanCalculator.Calculate(plan), Language.Ja);

        var layout = TidyTree.Arrange(roots);

        Assert.Equal(200, layout.Boxes.Length);
        AssertNoOverlaps(layout);
        AssertParentsAboveChildren(layout);
    }

    [Fact]
    public void Arrange_RandomTreesUpTo200Nodes_NoTwoBoxesOverlapAndNoLineCrossesABox()
    {
        // Any tree: node i hangs under a random earlier node.
        Gen.Int[0, 1_000_000].Array[1, 200].Sample(parents =>
        {
            var layout = TidyTree.Arrange([Tree(parents)]);
            Assert.Equal(parents.Length, layout.Boxes.Length);
            AssertNoOverlaps(layout);
            AssertNoLineThroughABox(layout);
            AssertParentsAboveChildren(layout);
        }, iter: 150);
    }

    [Fact]
    public void Arrange_SeedPlan_KgiOnTopAndEveryLevelBelowItsParent()
    {
        var roots = PlanTree.Build(Seed.Result(), Language.Ja);

        var layout = TidyTree.Arrange(roots);

        var kgi = layout.Boxes.Single(b => b.Node.Kind == BoxKind.Kgi);
        Assert.Equal("revenue", kgi.Node.Id);
        Assert.All(layout.Boxes.Where(b => b != kgi), b => Assert.True(b.Y > kgi.Y));
        // Assumptions are not boxes: they are named inside the box they multiply into.
        Assert.Equal(["revenue", "repeat_revenue", "new_revenue", "orders", "deals", "leads", "webinars", "seo_articles", "calls"], Ids(roots));
        Assert.Equal("前提 平均受注単価 200万円", layout.Boxes.Single(b => b.Node.Id == "new_revenue").Node.Note);
        AssertNoOverlaps(layout);
    }

    [Fact]
    public void Arrange_ThreeOrMoreLeaves_HangInOneColumn()
    {
        var leaves = Enumerable.Range(0, 5).Select(i => Node($"a{i}")).ToImmutableArray();
        var layout = TidyTree.Arrange([Node("root") with { Children = leaves }]);

        var placed = layout.Boxes.Where(b => b.Node.Id.StartsWith('a')).ToList();
        Assert.Single(placed.Select(b => b.X).Distinct());
        Assert.Equal(5, placed.Select(b => b.Y).Distinct().Count());
    }

    static List<string> Ids(IEnumerable<DiagramNode> roots)
    {
        var ids = new List<string>();
        void Walk(DiagramNode n)
        {
            ids.Add(n.Id);
            foreach (var c in n.Children) Walk(c);
        }
        foreach (var r in roots) Walk(r);
        return ids;
    }

    static DiagramNode Node(string id) => new(id, BoxKind.Kpi, id, "KPI", ["目標 1件", "計画 1件"], null, State.Ok);

    static DiagramNode Tree(int[] parents)
    {
        var children = Enumerable.Range(0, parents.Length).Select(_ => new List<int>()).ToArray();
        for (var i = 1; i < parents.Length; i++) children[parents[i] % i].Add(i);
        DiagramNode Build(int i) => Node($"n{i}") with { Children = [.. children[i].Select(Build)] };
        return Build(0);
    }

    static void AssertNoOverlaps(DiagramLayout layout)
    {
        var boxes = layout.Boxes;
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
                Assert.False(boxes[i].Overlaps(boxes[j]), $"{boxes[i].Node.Id} at ({boxes[i].X}, {boxes[i].Y}) overlaps {boxes[j].Node.Id} at ({boxes[j].X}, {boxes[j].Y})");
        }
        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.Right <= layout.Width && b.Bottom <= layout.Height, $"{b.Node.Id} lies outside the drawing"));
    }

    // A connector may touch the boxes it joins at their edges, never pass through the inside of any box.
    static void AssertNoLineThroughABox(DiagramLayout layout)
    {
        foreach (var c in layout.Connectors)
        {
            for (var i = 0; i + 1 < c.Points.Length; i++)
            {
                var (a, b) = (c.Points[i], c.Points[i + 1]);
                foreach (var box in layout.Boxes)
                {
                    var x0 = Math.Min(a.X, b.X);
                    var x1 = Math.Max(a.X, b.X);
                    var y0 = Math.Min(a.Y, b.Y);
                    var y1 = Math.Max(a.Y, b.Y);
                    var inside = x0 < box.Right - 0.5 && x1 > box.X + 0.5 && y0 < box.Bottom - 0.5 && y1 > box.Y + 0.5;
                    Assert.False(inside, $"a connector segment ({a.X},{a.Y})–({b.X},{b.Y}) crosses {box.Node.Id}");
                }
            }
        }
    }

    static void AssertParentsAboveChildren(DiagramLayout layout)
    {
        var at = layout.Boxes.ToDictionary(b => b.Node.Id);
        foreach (var box in layout.Boxes)
        {
            foreach (var child in box.Node.Children)
                Assert.True(at[child.Id].Y > box.Bottom, $"{child.Id} is not below {box.Node.Id}");
        }
    }
}
