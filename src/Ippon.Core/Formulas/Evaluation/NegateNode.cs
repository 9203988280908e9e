using Ippon.Dimensions;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>A negation.</summary>
public sealed class NegateNode(Unary source, Node operand) : Node(source)
{
    public Node Operand { get; } = operand;

    public override FormulaValue At(int k, Cells cells, Override ov)
    {
        var x = Operand.At(k, cells, ov);
        return x.IsError ? x : -x.Value;
    }

    internal override Vector All(int size, Cells cells, decimal[]? dest)
    {
        var x = Operand.All(size, cells, null);
        if (x.IsScalar && dest is null) return new Vector(-x.Scalar, x.ScalarError);
        dest ??= new decimal[size];
        FormulaError[]? errors = null;
        for (var k = 0; k < size; k++)
        {
            var o = x[k];
            dest[k] = -o.Value;
            if (o.IsError) (errors ??= new FormulaError[size])[k] = o.Error;
        }
        return new Vector(dest, errors, IndexMap.Identity);
    }

    public override IEnumerable<Node> Children => [Operand];
}
