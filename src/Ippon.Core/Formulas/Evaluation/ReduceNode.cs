using Ippon.Dimensions;
using Ippon.Formulas.Functions;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>An aggregate over the members of a dimension the formula itself does not vary over: <c>sum(rep_revenue)</c> at region or company level.</summary>
/// <remarks><see cref="Inner"/> is compiled against the wider shape; <see cref="Group"/> lists, for each result cell, the inner cells it combines.</remarks>
public sealed class ReduceNode : Node
{
    readonly int[] _groupStart;
    readonly int[] _groupItems;

    /// <summary>Creates the node from the inner formula and the map from its cells to the result's cells.</summary>
    public ReduceNode(Call source, Function function, Node inner, int innerSize, IndexMap toResult, int resultSize) : base(source)
    {
        Function = function;
        Inner = inner;
        InnerSize = innerSize;
        ToResult = toResult;
        var counts = new int[resultSize + 1];
        for (var j = 0; j < innerSize; j++) counts[toResult[j] + 1]++;
        for (var k = 0; k < resultSize; k++) counts[k + 1] += counts[k];
        _groupStart = counts;
        _groupItems = new int[innerSize];
        var fill = (int[])counts.Clone();
        for (var j = 0; j < innerSize; j++) _groupItems[fill[toResult[j]]++] = j;
    }

    public Function Function { get; }

    /// <summary>The aggregated expression, compiled against the wider shape.</summary>
    public Node Inner { get; }

    /// <summary>How many cells the wider shape has.</summary>
    public int InnerSize { get; }

    /// <summary>The result cell each inner cell belongs to.</summary>
    public IndexMap ToResult { get; }

    /// <summary>The inner cells that make up result cell <paramref name="k"/>.</summary>
    public ReadOnlySpan<int> Group(int k) => _groupItems.AsSpan(_groupStart[k], _groupStart[k + 1] - _groupStart[k]);

    public override Outcome At(int k, Cells cells, Override ov)
    {
        var group = Group(k);
        if (group.IsEmpty) return Function.Name == "sum" ? 0m : Outcome.Fail(FormulaError.Missing);
        var values = new decimal[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            var o = Inner.At(group[i], cells, ov);
            if (o.IsError) return o;
            values[i] = o.Value;
        }
        return Function.Apply(values);
    }

    internal override Vector All(int size, Cells cells, decimal[]? dest)
    {
        var inner = Inner.All(InnerSize, cells, null);
        dest ??= new decimal[size];
        FormulaError[]? errors = null;
        if (Function.Name == "sum" && !inner.HasErrors && !inner.IsScalar && inner.Map.Kind == IndexMapKind.Identity)
        {
            try
            {
                Array.Clear(dest, 0, size);
                var values = inner.Values!;
                if (ToResult.Kind == IndexMapKind.Scalar)
                {
                    decimal total = 0;
                    for (var j = 0; j < InnerSize; j++) total += values[j];
                    dest[0] = total;
                }
                else
                {
                    for (var j = 0; j < InnerSize; j++) dest[ToResult[j]] += values[j];
                }
                return new Vector(dest, null, IndexMap.Identity);
            }
            catch (OverflowException)
            {
                // Fall through to the cell-by-cell path, which reports the overflow as a value.
            }
        }
        for (var k = 0; k < size; k++)
        {
            var group = Group(k);
            Outcome o;
            if (group.IsEmpty)
            {
                o = Function.Name == "sum" ? 0m : Outcome.Fail(FormulaError.Missing);
            }
            else
            {
                var values = new decimal[group.Length];
                o = default;
                for (var i = 0; i < group.Length && !o.IsError; i++)
                {
                    var x = inner[group[i]];
                    if (x.IsError) o = x;
                    else values[i] = x.Value;
                }
                if (!o.IsError) o = Function.Apply(values);
            }
            dest[k] = o.Value;
            if (o.IsError) (errors ??= new FormulaError[size])[k] = o.Error;
        }
        return new Vector(dest, errors, IndexMap.Identity);
    }

    public override IEnumerable<Node> Children => [Inner];
}
