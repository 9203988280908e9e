using Ippon.Dimensions;
using Ippon.Formulas.Functions;
using Ippon.Formulas.Syntax;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Formulas.Evaluation;

/// <summary>Turns a parsed formula into a <see cref="Node"/> tree bound to metric indices and shapes.</summary>
public static class FormulaCompiler
{
    /// <summary>Compiles <paramref name="expr"/> for cells of <paramref name="shape"/>; every id must resolve.</summary>
    /// <returns>The tree, or why not (field <c>formula</c>) when a reference varies over a dimension the formula does not (and is not summed).</returns>
    /// <param name="order">The plan's dimensions in declaration order: the layout of the cells an aggregate sums over, so that they match the summed metric's own cells.</param>
    public static ParseResult<Node> Compile(Expr expr, Shape shape, Func<string, (int Metric, Shape Shape)> resolve, IReadOnlyList<Dimension>? order = null)
    {
        try
        {
            return ParseResult<Node>.Ok(Build(expr, shape, resolve, order ?? []));
        }
        catch (ShapeException e)
        {
            return ParseResult<Node>.Fail(new FieldMessage(Parser.Field, e.Error));
        }
    }

    /// <summary>The shape a formula's cells naturally have: every dimension its element-wise references vary over.</summary>
    /// <remarks>Arguments of a one-argument aggregate (<c>sum(x)</c>) do not count: the aggregate removes their dimensions.</remarks>
    public static Shape Infer(Expr expr, Func<string, Shape> shapeOf, IReadOnlyList<Dimension> order)
    {
        var dims = new List<Dimension>();
        Collect(expr, shapeOf, dims);
        return Union(dims, order);
    }

    /// <summary>The smallest shape covering <paramref name="dims"/>: a dimension nested in another (rep in region) replaces it.</summary>
    public static Shape Union(IEnumerable<Dimension> dims, IReadOnlyList<Dimension> order)
    {
        var set = dims.Distinct().ToList();
        set.RemoveAll(d => set.Any(o => !ReferenceEquals(o, d) && o.IsWithin(d)));
        set.Sort((a, b) => IndexIn(order, a).CompareTo(IndexIn(order, b)));
        return set.Count == 0 ? Shape.Scalar : new Shape(set);
    }

    static int IndexIn(IReadOnlyList<Dimension> order, Dimension d)
    {
        for (var i = 0; i < order.Count; i++)
            if (ReferenceEquals(order[i], d)) return i;
        return int.MaxValue;
    }

    static void Collect(Expr expr, Func<string, Shape> shapeOf, List<Dimension> dims)
    {
        switch (expr)
        {
            case Ref r:
                dims.AddRange(shapeOf(r.Id).Dims);
                break;
            case Unary u:
                Collect(u.Operand, shapeOf, dims);
                break;
            case Binary b:
                Collect(b.Left, shapeOf, dims);
                Collect(b.Right, shapeOf, dims);
                break;
            case Call c when IsReduction(c):
                break;
            case Call c:
                foreach (var a in c.Args) Collect(a, shapeOf, dims);
                break;
        }
    }

    static bool IsReduction(Call c) => c.Args.Length == 1 && FunctionTable.Find(c.Function)!.Kind == FunctionKind.Aggregate;

    static Node Build(Expr expr, Shape shape, Func<string, (int Metric, Shape Shape)> resolve, IReadOnlyList<Dimension> order)
    {
        switch (expr)
        {
            case Literal l:
                return new ConstantNode(l);
            case Ref r:
            {
                var (metric, refShape) = resolve(r.Id);
                var map = IndexMap.Between(shape, refShape) ?? throw new ShapeException(new Message(
                    $"'{r.Id}' は {refShape} ごとに値を持つため、{(shape.IsScalar ? "全体" : shape.ToString())} の式では sum({r.Id}) などで集計してください",
                    $"'{r.Id}' varies over {refShape}; in a formula over {(shape.IsScalar ? "the total" : shape.ToString())} aggregate it, e.g. sum({r.Id})"));
                return new LoadNode(r, metric, map);
            }
            case Unary u:
                return new NegateNode(u, Build(u.Operand, shape, resolve, order));
            case Binary b:
                return new BinaryNode(b, Build(b.Left, shape, resolve, order), Build(b.Right, shape, resolve, order));
            case Call c when IsReduction(c):
            {
                var function = FunctionTable.Find(c.Function)!;
                var dims = new List<Dimension>(shape.Dims);
                Collect(c.Args[0], id => resolve(id).Shape, dims);
                var inner = Union(dims, order.Count > 0 ? order : [.. shape.Dims.Concat(dims.Except(shape.Dims))]);
                if (inner.SameAs(shape)) return new CallNode(c, function, [Build(c.Args[0], shape, resolve, order)]);
                var toResult = IndexMap.Between(inner, shape)!;
                return new ReduceNode(c, function, Build(c.Args[0], inner, resolve, order), inner.Size, toResult, shape.Size);
            }
            case Call c:
            {
                var function = FunctionTable.Find(c.Function)!;
                return new CallNode(c, function, [.. c.Args.Select(a => Build(a, shape, resolve, order))]);
            }
            default:
                throw new InvalidOperationException($"unknown node {expr.GetType().Name}");
        }
    }

    sealed class ShapeException(Message error) : Exception(error.ToString())
    {
        public Message Error { get; } = error;
    }
}
