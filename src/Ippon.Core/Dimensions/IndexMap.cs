namespace Ippon.Dimensions;

/// <summary>Where a cell of one shape finds its value in a coarser shape: the same cell, the only cell, or a looked-up cell.</summary>
/// <remarks>
/// A rep-level formula reading a region-level rate maps each rep to its region; a monthly formula reading a yearly
/// assumption maps every month to the one cell. Tables are built once per pair of shapes and shared.
/// </remarks>
public sealed class IndexMap
{
    IndexMap(IndexMapKind kind, int[]? table)
    {
        Kind = kind;
        Table = table;
    }

    /// <summary>Which of the three kinds this map is.</summary>
    public IndexMapKind Kind { get; }

    /// <summary>For <see cref="IndexMapKind.Table"/>: the source cell of each target cell.</summary>
    public int[]? Table { get; }

    public static IndexMap Identity { get; } = new(IndexMapKind.Identity, null);

    public static IndexMap Scalar { get; } = new(IndexMapKind.Scalar, null);

    /// <summary>The source cell of target cell <paramref name="k"/>.</summary>
    public int this[int k] => Kind switch
    {
        IndexMapKind.Identity => k,
        IndexMapKind.Scalar => 0,
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
        var table = new int[from.Size];
        for (var k = 0; k < table.Length; k++)
        {
            var coords = from.Coordinates(k);
            var index = 0;
            for (var j = 0; j < toDims.Length; j++)
            {
                var member = fromDims[source[j]].MapTo(toDims[j], coords[source[j]]);
                index = (index * toDims[j].Count) + member;
            }
            table[k] = index;
        }
        return new IndexMap(IndexMapKind.Table, table);
    }
}
