namespace Ippon.Dimensions;

/// <summary>Where a cell of one shape finds its value in a coarser shape: the same cell, the only cell, or a looked-up cell.</summary>
/// <remarks>
/// A rep-level formula reading a region-level rate maps each rep to its region; a monthly formula reading a yearly
/// assumption maps every month to the one cell. Tables are built once per pair of shapes and shared.
/// </remarks>
public sealed class IndexMap
{
    IndexMap(IndexMapKind kind, int[]? table, int factor = 0)
    {
        Kind = kind;
        Table = table;
        Factor = factor;
    }

    /// <summary>Which of the three kinds this map is.</summary>
    public IndexMapKind Kind { get; }

    /// <summary>For <see cref="IndexMapKind.Table"/>: the source cell of each target cell.</summary>
    public int[]? Table { get; }

    /// <summary>For <see cref="IndexMapKind.Divide"/> and <see cref="IndexMapKind.Modulo"/>: the divisor.</summary>
    public int Factor { get; }

    public static IndexMap Identity { get; } = new(IndexMapKind.Identity, null);

    public static IndexMap Scalar { get; } = new(IndexMapKind.Scalar, null);

    int[]? _inverseStart;
    int[]? _inverseItems;

    /// <summary>The target cells that read source cell <paramref name="source"/>: the inverse of the map, for incremental recalculation.</summary>
    /// <param name="targetSize">How many cells the target shape has (needed for the scalar map, where every cell reads cell 0).</param>
    public void Readers(int source, int targetSize, List<int> into)
    {
        switch (Kind)
        {
            case IndexMapKind.Identity:
                into.Add(source);
                return;
            case IndexMapKind.Scalar:
                for (var k = 0; k < targetSize; k++) into.Add(k);
                return;
            case IndexMapKind.Divide:
                for (var k = source * Factor; k < (source + 1) * Factor && k < targetSize; k++) into.Add(k);
                return;
            case IndexMapKind.Modulo:
                for (var k = source; k < targetSize; k += Factor) into.Add(k);
                return;
        }
        if (_inverseStart is null) BuildInverse();
        for (var i = _inverseStart![source]; i < _inverseStart[source + 1]; i++) into.Add(_inverseItems![i]);
    }

    void BuildInverse()
    {
        var table = Table!;
        var sources = table.Length == 0 ? 0 : table.Max() + 1;
        var start = new int[sources + 1];
        foreach (var s in table) start[s + 1]++;
        for (var i = 0; i < sources; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var items = new int[table.Length];
        for (var k = 0; k < table.Length; k++) items[fill[table[k]]++] = k;
        _inverseItems = items;
        _inverseStart = start;
    }

    /// <summary>The source cell of target cell <paramref name="k"/>.</summary>
    public int this[int k] => Kind switch
    {
        IndexMapKind.Identity => k,
        IndexMapKind.Scalar => 0,
        IndexMapKind.Divide => k / Factor,
        IndexMapKind.Modulo => k % Factor,
        _ => Table![k],
    };

    /// <summary>Builds the map from the cells of <paramref name="from"/> to the cells of the coarser <paramref name="to"/>, or null when <paramref name="to"/> varies over a dimension <paramref name="from"/> does not.</summary>
    public static IndexMap? Between(Shape from, Shape to)
    {
        if (to.IsScalar) return Scalar;
        if (from.SameAs(to)) return Identity;
        var toDims = to.Dims;
        var fromDims = from.Dims;
        var source = new int[toDims.Length];
        for (var j = 0; j < toDims.Length; j++)
        {
            source[j] = -1;
            for (var i = 0; i < fromDims.Length; i++)
            {
                if (fromDims[i].IsWithin(toDims[j]))
                {
                    source[j] = i;
                    break;
                }
            }
            if (source[j] < 0) return null;
        }

        // Dropping trailing or leading dimensions of a row-major layout needs no table: k ÷ inner or k mod outer.
        var plain = Enumerable.Range(0, toDims.Length).All(j => ReferenceEquals(fromDims[source[j]], toDims[j]));
        if (plain && source.SequenceEqual(Enumerable.Range(0, toDims.Length)))
            return new IndexMap(IndexMapKind.Divide, null, from.Size / to.Size);
        if (plain && source.SequenceEqual(Enumerable.Range(fromDims.Length - toDims.Length, toDims.Length)))
            return new IndexMap(IndexMapKind.Modulo, null, to.Size);
        // Walk the cells of `from` in row-major order with an odometer of coordinates (no allocation per cell).
        var table = new int[from.Size];
        var coords = new int[fromDims.Length];
        for (var k = 0; k < table.Length; k++)
        {
            var index = 0;
            for (var j = 0; j < toDims.Length; j++)
            {
                var member = fromDims[source[j]].MapTo(toDims[j], coords[source[j]]);
                index = (index * toDims[j].Count) + member;
            }
            table[k] = index;
            for (var d = fromDims.Length - 1; d >= 0; d--)
            {
                if (++coords[d] < fromDims[d].Count) break;
                coords[d] = 0;
            }
        }
        return new IndexMap(IndexMapKind.Table, table);
    }
}
