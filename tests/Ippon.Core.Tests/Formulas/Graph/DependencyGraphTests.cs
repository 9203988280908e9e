using CsCheck;
using Ippon.Formulas.Graph;

namespace Ippon.Tests.Formulas.Graph;

public class DependencyGraphTests
{
    // revenue(0) = repeat(1) + new(2); new(2) = orders(3) * price(4); orders(3) = deals(5) * rate(6)
    static readonly int[][] s_seed = [[1, 2], [], [3, 4], [5, 6], [], [], []];

    static DependencyGraph Build(int[][] inputs) => DependencyGraph.Build(inputs.Length, i => inputs[i]);

    [Fact]
    public void Order_SeedShapedGraph_PutsEveryInputBeforeItsReaders()
    {
        var g = Build(s_seed);

        Assert.Equal(7, g.Order.Length);
        Assert.True(g.Rank(5) < g.Rank(3));
        Assert.True(g.Rank(3) < g.Rank(2));
        Assert.True(g.Rank(2) < g.Rank(0));
        Assert.Empty(g.Cycles);
    }

    [Fact]
    public void Dependents_Node_AreTheNodesThatReadIt()
    {
        var g = Build(s_seed);

        Assert.Equal([3], g.Dependents(5));
        Assert.Equal([1, 2], g.Inputs(0));
        Assert.Empty(g.Dependents(0));
    }

    [Fact]
    public void Cycles_TwoNodesReadingEachOther_AreReportedAsOneGroup()
    {
        var g = Build([[1], [2], [1], []]);

        var cycle = Assert.Single(g.Cycles);
        Assert.Equal([1, 2], cycle.ToArray());
        Assert.Equal(4, g.Order.Length);
    }

    [Fact]
    public void Cycles_NodeReadingItself_IsACycle()
    {
        var g = Build([[0], []]);

        Assert.Equal([0], Assert.Single(g.Cycles).ToArray());
    }

    [Fact]
    public void Cycles_TwoSeparateLoops_AreTwoGroups()
    {
        var g = Build([[1], [0], [3], [2], [0, 2]]);

        Assert.Equal(2, g.Cycles.Length);
        Assert.Contains(g.Cycles, c => c.SequenceEqual([0, 1]));
        Assert.Contains(g.Cycles, c => c.SequenceEqual([2, 3]));
    }

    [Fact]
    public void Downstream_ChangedInput_ListsItAndEveryReaderInOrder()
    {
        var g = Build(s_seed);

        Assert.Equal([6, 3, 2, 0], g.Downstream([6]));
    }

    [Fact]
    public void DependsOn_TransitiveInput_IsTrueAndTheReverseIsFalse()
    {
        var g = Build(s_seed);

        Assert.True(g.DependsOn(0, 6));
        Assert.False(g.DependsOn(6, 0));
        Assert.False(g.DependsOn(1, 2));
    }

    [Fact]
    public void Build_ChainOf100000Nodes_DoesNotOverflowTheStack()
    {
        const int n = 100_000;

        var g = DependencyGraph.Build(n, i => i + 1 < n ? [i + 1] : []);

        Assert.Equal(n - 1, g.Order[0]);
        Assert.Equal(0, g.Order[^1]);
    }

    static readonly Gen<int[][]> s_graphs =
        Gen.Int[1, 30].SelectMany(n => Gen.Int[0, n - 1].Array[0, 4].Array[n]);

    [Fact]
    public void Order_RandomGraphs_RespectsEveryEdgeOutsideACycle()
    {
        s_graphs.Sample(inputs =>
        {
            var g = Build(inputs);
            var inCycle = new Dictionary<int, int>();
            for (var c = 0; c < g.Cycles.Length; c++)
                foreach (var node in g.Cycles[c]) inCycle[node] = c;

            Assert.Equal(Enumerable.Range(0, inputs.Length), g.Order.Order());
            for (var node = 0; node < inputs.Length; node++)
            {
                foreach (var input in inputs[node])
                {
                    var sameCycle = inCycle.TryGetValue(node, out var a) && inCycle.TryGetValue(input, out var b) && a == b;
                    if (!sameCycle) Assert.True(g.Rank(input) < g.Rank(node), $"{input} → {node}");
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Cycles_RandomGraphs_AreExactlyTheNodesThatReachThemselves()
    {
        s_graphs.Sample(inputs =>
        {
            var g = Build(inputs);
            var cyclic = g.Cycles.SelectMany(c => c).ToHashSet();

            for (var node = 0; node < inputs.Length; node++)
                Assert.Equal(g.DependsOn(node, node), cyclic.Contains(node));
        }, iter: 300);
    }
}
