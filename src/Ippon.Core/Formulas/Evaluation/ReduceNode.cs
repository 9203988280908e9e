using Ippon.Dimensions;
using Ippon.Formulas.Functions;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>An aggregate over the members of a dimension the formula itself does not vary over: <c>sum(rep_revenue)</c> at region or company level.</summary>
/// <remarks><see cref="Inner"/> is compiled against the wider shape; <see cref="Group"/> lists, for each result cell, the inner cells it combines.</remarks>
public sealed class ReduceNode : Node
{
    int[]? _groupStart;
    int[]? _groupItems;
    readonly int _resultSize;

    /// <summary>Creates the node from the inner formula and the map from its cells to the result's cells.</summary>
    public ReduceNode(Call source, Function function, Node inner, int innerSize, IndexMap toResult, int resultSize) : base(source)
    {
        Function = function;
        Inner = inner;
        InnerSize = innerSize;
        ToResult = toResult;
        _resultSize = resultSize;
    }

    public Function Function { get; }

    /// <summary>The aggregated expression, compiled against the wider shape.</summary>
    public Node Inner { get; }

    /// <summary>How many cells the wider shape has.</summary>
    public int InnerSize { get; }

    /// <summary>The result cell each inner cell belongs to.</summary>
    public IndexMap ToResult { get; }

    /// <summary>The inner cells that make up result cell <paramref name="k"/>.</summary>
    public ReadOnlySpan<int> Group(int k)
    {
        if (_groupStart is null) BuildGroups();
        return _groupItems.AsSpan(_groupStart![k], _groupStart[k + 1] - _groupStart[k]);
    }

    // Built on first use (cell-by-cell evaluation, back-solving): a whole-array sum never needs it.
    void BuildGroups()
    {
        var counts = new int[_resultSize + 1];
        for (var j = 0; j < InnerSize; j++) counts[ToResult[j] + 1]++;
        for (var k = 0; k < _resultSize; k++) counts[k + 1] += counts[k];
        var items = new int[InnerSize];
        var fill = (int[])counts.Clone();
        for (var j = 0; j < InnerSize; j++) items[fill[ToResult[j]]++] = j;
        _groupItems = items;
        _groupStart = counts;
    }

    public override FormulaValue At(int k, Cells cells, Override ov)
    {
        var group = Group(k);
        if (group.IsEmpty) return Function.Name == "sum" ? 0m : FormulaValue.Fail(FormulaError.Missing);
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
                    for (var j = 0; j < InnerSize; j++) total = FastDecimal.Add(total, values[j]);
                    dest[0] = total;
                }
                else if (ToResult.Kind == IndexMapKind.Modulo)
                {
                    // Summing over leading dimensions: walk the rows, adding each row into the result.
                    var width = ToResult.Factor;
                    for (var row = 0; row < InnerSize; row += width)
                        for (var c = 0; c < width; c++) dest[c] = FastDecimal.Add(dest[c], values[row + c]);
                }
                else if (ToResult.Kind == IndexMapKind.Divide)
                {
                    var block = ToResult.Factor;
                    for (var k = 0; k < size; k++)
                    {
                        decimal total = 0;
                        for (var j = k * block; j < (k + 1) * block; j++) total = FastDecimal.Add(total, values[j]);
                        dest[k] = total;
                    }
                }
                else
                {
                    var table = ToResult.Table!;
                    for (var j = 0; j < InnerSize; j++) dest[table[j]] = FastDecimal.Add(dest[table[j]], values[j]);
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
            FormulaValue o;
            if (group.IsEmpty)
            {
                o = Function.Name == "sum" ? 0m : FormulaValue.Fail(FormulaError.Missing);
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
