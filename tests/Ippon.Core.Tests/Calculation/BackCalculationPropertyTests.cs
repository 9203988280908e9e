using CsCheck;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Calculation;

/// <summary>For random well-formed trees, back-calculating and then forward-calculating meets every target.</summary>
/// <remarks>
/// A tree is a chain of formula levels from the KGI down to one input lever; each level combines the lever below
/// with one or two assumptions by a product, a quotient (lever ÷ a, or a ÷ lever at the bottom) or a sum. Counts
/// round up, so the plan may exceed a target by the rounding, but never fall short of it.
/// </remarks>
public class BackCalculationPropertyTests
{
    enum Op { Product, Quotient, Sum, SumCall, Divisor }

    sealed record Level(Op Op, decimal[] Assumptions, bool Whole, bool LeverFirst);

    sealed record Tree(Level[] Levels, decimal Leaf, bool LeafWhole, decimal Factor)
    {
        public override string ToString() => string.Join(" | ", Levels.Select(l => $"{l.Op}({string.Join(",", l.Assumptions)}){(l.Whole ? "#" : "")}"))
                                            + $" | leaf {Leaf}{(LeafWhole ? "#" : "")} × {Factor}";
    }

    static readonly Gen<decimal> s_assumption = Gen.Int[1, 10_000].Select(n => n / 100m);

    static readonly Gen<Level> s_level = Gen.Select(Gen.Int[0, 3], s_assumption.Array[1, 2], Gen.Bool, Gen.Bool,
        (op, a, whole, first) => new Level((Op)op, a, whole, first));

    static readonly Gen<Tree> s_trees =
        from levels in s_level.Array[1, 4]
        from divisor in Gen.Int[0, 3]
        from leaf in Gen.Int[1, 100_000]
        from leafWhole in Gen.Bool
        from factor in Gen.Int[100, 300]
        select new Tree(
            divisor == 0 ? [.. levels[..^1], levels[^1] with { Op = Op.Divisor }] : levels,
            leaf,
            // A lever in a divisor needs less as the target grows: it is a plain number, not a count rounded up.
            leafWhole && divisor != 0,
            factor / 100m);

    static Plan Build(Tree tree)
    {
        var metrics = new List<Metric>();
        var n = tree.Levels.Length;
        var trueValue = tree.Leaf;
        var formulas = new string[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var level = tree.Levels[i];
            var lever = i == n - 1 ? "leaf" : $"m{i + 1}";
            var ids = level.Assumptions.Select((_, j) => $"a{i}_{j}").ToArray();
            for (var j = 0; j < ids.Length; j++) metrics.Add(M(ids[j], value: level.Assumptions[j]));
            string Join(string op) => level.LeverFirst ? string.Join(op, [lever, .. ids]) : string.Join(op, [.. ids, lever]);
            (formulas[i], trueValue) = level.Op switch
            {
                Op.Product => (Join(" * "), trueValue * level.Assumptions.Aggregate(1m, (p, a) => p * a)),
                Op.Quotient => ($"{lever} / {ids[0]}", trueValue / level.Assumptions[0]),
                Op.Sum => (Join(" + "), trueValue + level.Assumptions.Sum()),
                Op.SumCall => ($"sum({Join(", ")})", trueValue + level.Assumptions.Sum()),
                _ => ($"{ids[0]} / {lever}", level.Assumptions[0] / trueValue),
            };
        }
        for (var i = 0; i < n; i++)
        {
            var unit = tree.Levels[i].Whole ? "count" : "number";
            metrics.Add(i == 0
                ? M("m0", formulas[0], MetricRole.Kgi, target: trueValue * tree.Factor, unit: unit, deadline: FiscalYearEnd)
                : M($"m{i}", formulas[i], MetricRole.Kpi, unit: unit));
        }
        metrics.Add(M("leaf", role: MetricRole.Kpi, unit: tree.LeafWhole ? "count" : "number"));
        return TestPlans.Of(metrics);
    }

    [Fact]
    public void BackThenForward_RandomTree_MeetsEveryTargetAndNeverFallsShort()
    {
        s_trees.Sample(tree =>
        {
            var r = Build(tree).Calculate();

            Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
            Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.TargetNotMet);
            foreach (var m in r.Metrics.Where(m => m.Metric.Role is not null))
            {
                Assert.NotNull(m.Target);
                Assert.True(m.Gap >= 0, $"{m.Id}: planned {m.PlannedValue} < target {m.Target}");
                Assert.True(m.PlannedValue >= m.Target - MetricResult.Tolerance(m.Target.Value), $"{m.Id}: planned {m.PlannedValue} < target {m.Target}");
            }
        }, iter: 300, print: t => t.ToString());
    }

    [Fact]
    public void BackThenForward_RandomTreeWithoutCounts_MeetsEveryTargetExactly()
    {
        s_trees.Where(t => !t.LeafWhole && t.Levels.All(l => !l.Whole)).Sample(tree =>
        {
            var r = Build(tree).Calculate();

            foreach (var m in r.Metrics.Where(m => m.Metric.Role is not null))
            {
                Assert.True(Math.Abs(m.PlannedValue!.Value - m.Target!.Value) <= 1e-9m * Math.Max(1m, Math.Abs(m.Target.Value)),
                    $"{m.Id}: planned {m.PlannedValue} ≠ target {m.Target}");
            }
        }, iter: 300, print: t => t.ToString());
    }

    [Fact]
    public void BackThenForward_RandomTreeWithACountLever_AsksForNoMoreThanNeeded()
    {
        // One unit fewer of the leaf lever and its formula falls short of its target: the rounding added less than a unit.
        s_trees.Where(t => t.LeafWhole).Sample(tree =>
        {
            var plan = Build(tree);
            var r = plan.Calculate();
            var leaf = r.Target("leaf")!.Value;
            if (leaf < 1) return;
            var parent = $"m{tree.Levels.Length - 1}";

            var fewer = plan.WithMetric("leaf", m => m with { Value = leaf - 1 }).Calculate();

            Assert.True(fewer.Planned(parent) < r.Target(parent),
                $"{parent}: {fewer.Planned(parent)} with leaf {leaf - 1} still meets {r.Target(parent)}");
        }, iter: 300, print: t => t.ToString());
    }

    [Fact]
    public void Build_SeedShapedTree_GivesTheSeedsNumbers()
    {
        // Guards the generator: deals × 20% × 200万円 with the leaf at 100 deals is the seed's new revenue.
        var tree = new Tree([new Level(Op.Product, [0.2m, 2_000_000m], false, true)], 100m, true, 1m);

        var r = Build(tree).Calculate();

        Assert.Equal(40_000_000m, r.Target("m0"));
        Assert.Equal(100m, r.Target("leaf"));
        Assert.Equal("leaf * a0_0 * a0_1", r.Metric("m0")!.Metric.Formula!.Text);
    }
}
