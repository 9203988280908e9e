using System.Collections.Immutable;
using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.BackSolving;

/// <summary>Finds the value of one input (the lever) that makes a formula's cell equal a target, every other input held.</summary>
/// <remarks>
/// Where the lever appears once and every operation on its path can be undone (+ − × ÷, negation, an element-wise
/// sum), the formula is inverted exactly: 4,000万 ÷ 200万 = 20, with no search and no floating-point noise. Otherwise
/// (min, max, round, powers, a lever used twice) a bisection finds the smallest value that meets the target. "Cannot
/// be solved" is a result, never an exception.
/// </remarks>
public static class BackSolver
{
    /// <summary>Solves cell <paramref name="k"/> of <paramref name="root"/> = <paramref name="target"/> for cell <paramref name="leverCell"/> of metric <paramref name="leverMetric"/>.</summary>
    /// <param name="nonNegative">Search only values ≥ 0 (counts, money and ratios cannot be negative).</param>
    /// <param name="current">The formula cell's current value when the caller knows it (a stored total), so that an aggregate need not be re-summed.</param>
    public static SolveResult Solve(Node root, int k, int leverMetric, int leverCell, decimal target, Cells cells, bool nonNegative = true, FormulaValue? current = null)
    {
        var occurrences = 0;
        var path = new List<Node>();
        FindPath(root, k, leverMetric, leverCell, [], path, ref occurrences);
        if (occurrences == 0) return SolveResult.Fail(FormulaError.Ref);
        if (occurrences == 1)
        {
            var exact = Invert(path, k, target, cells, leverMetric, leverCell, current, keepSteps: true);
            if (exact is not null) return exact;
        }
        return Numeric(root, k, leverMetric, leverCell, target, cells, nonNegative);
    }

    /// <summary>The path from <paramref name="root"/> to the only read of <paramref name="leverMetric"/>, for a lever with the formula's own shape (read cell for cell); null when it is read more than once or inside an aggregate.</summary>
    /// <remarks>Prepared once per formula and lever, then used for every member's cell with <see cref="SolveAlong"/>.</remarks>
    public static List<Node>? PathTo(Node root, int leverMetric)
    {
        var occurrences = 0;
        var path = new List<Node>();
        FindPath(root, 0, leverMetric, 0, [], path, ref occurrences);
        var direct = path.Count > 0 && path[^1] is LoadNode { Map.Kind: Dimensions.IndexMapKind.Identity or Dimensions.IndexMapKind.Scalar };
        return occurrences == 1 && direct && !path.Any(n => n is ReduceNode) ? path : null;
    }

    /// <summary>Solves cell <paramref name="k"/> along a path from <see cref="PathTo"/>: exact inversion when every step can be undone, else a numeric search.</summary>
    public static SolveResult SolveAlong(List<Node> path, int k, int leverMetric, decimal target, Cells cells, bool nonNegative = true, bool keepSteps = true) =>
        Invert(path, k, target, cells, leverMetric, k, null, keepSteps)
        ?? Numeric(path[0], k, leverMetric, k, target, cells, nonNegative);

    // Depth-first search for the loads of the lever, outside aggregates over other dimensions.
    static void FindPath(Node node, int k, int metric, int cell, List<Node> current, List<Node> found, ref int occurrences)
    {
        current.Add(node);
        if (node is LoadNode load && load.Metric == metric && load.Map[k] == cell)
        {
            occurrences++;
            if (occurrences == 1) found.AddRange(current);
        }
        else if (node is ReduceNode { Inner: LoadNode inner } sum && sum.Function.Name == "sum" && inner.Metric == metric)
        {
            // sum(x) over members: the lever is one of the summed cells, so it takes what the others leave.
            var readers = new List<int>();
            inner.Map.Readers(cell, sum.InnerSize, readers);
            var count = readers.Count(j => sum.ToResult[j] == k);
            occurrences += count;
            if (occurrences == 1 && count == 1)
            {
                found.AddRange(current);
                found.Add(inner);
            }
        }
        else if (node is ReduceNode reduce)
        {
            // Any other aggregate over the lever cannot be inverted per cell: solve numerically.
            if (ContainsLoad(reduce.Inner, metric)) occurrences += 2;
        }
        else
        {
            foreach (var child in node.Children) FindPath(child, k, metric, cell, current, found, ref occurrences);
        }
        current.RemoveAt(current.Count - 1);
    }

    static bool ContainsLoad(Node node, int metric) =>
        node is LoadNode l ? l.Metric == metric : node.Children.Any(c => ContainsLoad(c, metric));

    static SolveResult? Invert(List<Node> path, int k, decimal target, Cells cells, int leverMetric, int leverCell, FormulaValue? current, bool keepSteps)
    {
        var steps = keepSteps ? ImmutableArray.CreateBuilder<SolveStep>() : null;
        var t = target;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var node = path[i];
            var next = path[i + 1];
            switch (node)
            {
                case NegateNode:
                    t = -t;
                    steps?.Add(new SolveStep(BinaryOp.Multiply, -1, null));
                    break;
                case BinaryNode b when b.Op != BinaryOp.Power:
                {
                    var leverLeft = ReferenceEquals(b.Left, next);
                    var otherNode = leverLeft ? b.Right : b.Left;
                    var other = otherNode.At(k, cells, Override.None);
                    if (other.IsError) return SolveResult.Fail(other.Error);
                    var o = other.Value;
                    var (op, reversed) = Inversion.Undo(b.Op, leverLeft);
                    var r = reversed ? Apply(op, o, t) : Apply(op, t, o);
                    if (r.IsError) return SolveResult.Fail(r.Error);
                    t = r.Value;
                    steps?.Add(new SolveStep(op, o, otherNode, Reversed: reversed));
                    break;
                }
                case ReduceNode r:
                {
                    var total = i == 0 && current is { } known ? known : r.At(k, cells, Override.None);
                    var own = cells.Get(leverMetric, leverCell);
                    if (total.IsError) return SolveResult.Fail(total.Error);
                    if (own.IsError) return SolveResult.Fail(own.Error);
                    var others = total.Value - own.Value;
                    t -= others;
                    steps?.Add(new SolveStep(BinaryOp.Subtract, others, null));
                    break;
                }
                case CallNode c when c.Function.Name == "sum":
                {
                    decimal others = 0;
                    foreach (var arg in c.Args)
                    {
                        if (ReferenceEquals(arg, next)) continue;
                        var v = arg.At(k, cells, Override.None);
                        if (v.IsError) return SolveResult.Fail(v.Error);
                        others += v.Value;
                    }
                    t -= others;
                    steps?.Add(new SolveStep(BinaryOp.Subtract, others, null));
                    break;
                }
                default:
                    return null;
            }
        }
        return new SolveResult { Value = t, Method = SolveMethod.Exact, Steps = steps?.ToImmutable() ?? [] };
    }

    static FormulaValue Apply(BinaryOp op, decimal a, decimal b) => op switch
    {
        BinaryOp.Add => Arithmetic.Add(a, b),
        BinaryOp.Subtract => Arithmetic.Subtract(a, b),
        BinaryOp.Multiply => Arithmetic.Multiply(a, b),
        _ => Arithmetic.Divide(a, b),
    };

    // Bisection on the boundary between values that meet the target (f(x) = formula(x) - target ≥ 0) and values that
    // do not. It returns the end of the bracket that meets the target, so a forward calculation from the answer never
    // falls short because of the search; and because it bisects on "meets" rather than on f = 0, a formula that is flat
    // at the target (round, floor, min) gets the boundary value (round(0.2 × 97.5) = 20: 97.5 deals, not any value in
    // [97.5, 102.5)), the least the lever must do.
    static SolveResult Numeric(Node root, int k, int metric, int cell, decimal target, Cells cells, bool nonNegative)
    {
        FormulaValue F(decimal x)
        {
            var v = root.At(k, cells, new Override(metric, cell, x));
            return v.IsError ? v : Arithmetic.Subtract(v.Value, target);
        }

        var current = cells.Get(metric, cell);
        var x0 = current.IsError || current.Value == 0 ? 1m : current.Value;
        if (nonNegative && x0 < 0) x0 = 1m;

        // Sample outward from x0 on a geometric grid, then bisect the change between "meets" and "falls short" nearest to x0.
        var xs = new List<decimal> { x0 };
        for (var step = Math.Max(Math.Abs(x0), 1m) / 1024m; step < 1e24m; step *= 4m)
        {
            xs.Add(x0 + step);
            if (!nonNegative || x0 - step >= 0) xs.Add(x0 - step);
        }
        if (nonNegative) xs.Add(0m);
        var points = xs.Distinct().Order().Select(x => (X: x, F: F(x))).Where(p => !p.F.IsError).ToList();
        // Of several boundaries, a non-negative one first (a * a = 100 is a = 10, not -10: plan numbers are amounts,
        // and a negative lever is the answer only when no amount meets the target), then the one nearest to x0.
        decimal? lo = null, hi = null;
        var best = (Negative: true, Distance: decimal.MaxValue);
        for (var i = 0; i + 1 < points.Count; i++)
        {
            if (points[i].F.Value >= 0 == points[i + 1].F.Value >= 0) continue;
            var rank = (Negative: points[i].X < 0, Distance: Math.Min(Math.Abs(points[i].X - x0), Math.Abs(points[i + 1].X - x0)));
            if (lo is null || (rank.Negative, best.Negative) is (false, true) || (rank.Negative == best.Negative && rank.Distance < best.Distance))
            {
                best = rank;
                (lo, hi) = (points[i].X, points[i + 1].X);
            }
        }
        if (lo is null || hi is null)
        {
            // No boundary: the formula meets the target exactly at some value (and nowhere falls short), or never.
            var hits = points.Where(p => p.F.Value == 0).OrderBy(p => p.X < 0).ThenBy(p => Math.Abs(p.X - x0)).ToList();
            return hits.Count > 0 ? new SolveResult { Value = hits[0].X, Method = SolveMethod.Numeric } : SolveResult.Fail(FormulaError.Domain);
        }

        decimal a = lo.Value, b = hi.Value;
        var fa = F(a);
        if (fa.IsError || F(b).IsError) return SolveResult.Fail(FormulaError.Domain);
        var aMeets = fa.Value >= 0;
        for (var i = 0; i < 200; i++)
        {
            var mid = (a + b) / 2;
            if (mid == a || mid == b) break;
            var fm = F(mid);
            if (fm.IsError) return SolveResult.Fail(fm.Error);
            if (fm.Value >= 0 == aMeets) a = mid;
            else b = mid;
            if (b - a <= Math.Max(Math.Abs(b), 1m) * 1e-20m) break;
        }
        return new SolveResult { Value = aMeets ? a : b, Method = SolveMethod.Numeric };
    }
}
