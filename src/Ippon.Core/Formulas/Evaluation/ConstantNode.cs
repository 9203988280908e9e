using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>A number written in the formula.</summary>
public sealed class ConstantNode(Literal source) : Node(source)
{
    public decimal Value { get; } = source.Value;

    public override FormulaValue At(int k, Cells cells, Override ov) => Value;

    internal override Vector All(int size, Cells cells, decimal[]? dest)
    {
        if (dest is null) return new Vector(Value);
        Array.Fill(dest, Value);
        return new Vector(dest, null, Dimensions.IndexMap.Identity);
    }

    public override IEnumerable<Node> Children => [];
}
