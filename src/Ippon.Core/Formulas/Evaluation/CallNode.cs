using Ippon.Dimensions;
using Ippon.Formulas.Functions;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>A built-in function applied cell by cell: <c>round(x)</c>, or <c>sum(a, b)</c> over arguments of the formula's shape.</summary>
public sealed class CallNode(Call source, Function function, Node[] args) : Node(source)
{
    public Function Function { get; } = function;

    public IReadOnlyList<Node> Args { get; } = args;

    public override FormulaValue At(int k, Cells cells, Override ov)
    {
        Span<decimal> values = Args.Count <= 16 ? stackalloc decimal[Args.Count] : new decimal[Args.Count];
        for (var i = 0; i < Args.Count; i++)
        {
            var o = Args[i].At(k, cells, ov);
            if (o.IsError) return o;
            values[i] = o.Value;
        }
        return Function.Apply(values);
    }

    internal override Vector All(int size, Cells cells, decimal[]? dest)
    {
        var args = new Vector[Args.Count];
        var allScalar = true;
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Args[i].All(size, cells, null);
            allScalar &= args[i].IsScalar;
        }
        if (allScalar && dest is null)
        {
            var o = Apply(args, 0);
            return new Vector(o.Value, o.Error);
        }
        dest ??= new decimal[size];
        FormulaError[]? errors = null;
        for (var k = 0; k < size; k++)
        {
            var o = Apply(args, k);
            dest[k] = o.Value;
            if (o.IsError) (errors ??= new FormulaError[size])[k] = o.Error;
        }
        return new Vector(dest, errors, IndexMap.Identity);
    }

    FormulaValue Apply(Vector[] args, int k)
    {
        Span<decimal> values = args.Length <= 16 ? stackalloc decimal[args.Length] : new decimal[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var o = args[i][k];
            if (o.IsError) return o;
            values[i] = o.Value;
        }
        return Function.Apply(values);
    }

    public override IEnumerable<Node> Children => Args;
}
