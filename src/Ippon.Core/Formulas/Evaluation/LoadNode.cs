using Ippon.Dimensions;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>Reads another metric's cell, through the map from this formula's shape to that metric's shape.</summary>
public sealed class LoadNode(Ref source, int metric, IndexMap map) : Node(source)
{
    /// <summary>The metric read.</summary>
    public int Metric { get; } = metric;

    /// <summary>Which of the metric's cells each cell of the formula reads.</summary>
    public IndexMap Map { get; } = map;

    public override FormulaValue At(int k, Cells cells, Override ov)
    {
        var cell = Map[k];
        return ov.Metric == Metric && ov.Cell == cell ? new FormulaValue(ov.Value) : cells.Get(Metric, cell);
    }

    internal override Vector All(int size, Cells cells, decimal[]? dest)
    {
        var values = cells.Values[Metric];
        var errors = cells.Errors[Metric];
        if (dest is null)
        {
            return Map.Kind == IndexMapKind.Scalar
                ? new Vector(values[0], errors?[0] ?? FormulaError.None)
                : new Vector(values, errors, Map);
        }
        FormulaError[]? destErrors = null;
        for (var k = 0; k < size; k++)
        {
            var i = Map[k];
            dest[k] = values[i];
            if (errors is not null && errors[i] != FormulaError.None) (destErrors ??= new FormulaError[size])[k] = errors[i];
        }
        return new Vector(dest, destErrors, IndexMap.Identity);
    }

    public override IEnumerable<Node> Children => [];
}
