using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>A metric seen from one member of a dimension (rep 田中, region 東京): the cells that belong to that member, summed where that makes sense.</summary>
/// <remarks>
/// A rep-level metric shows the rep's own cell; a region-level metric shows the rep's region; a rep-level metric seen
/// from a region sums (quantities) the region's reps; a metric that does not vary over related dimensions is shared.
/// </remarks>
public sealed record MemberSlice(MetricResult Metric, IReadOnlyList<int> Cells, bool Shared)
{
    /// <summary>The slice of <paramref name="metric"/> for member <paramref name="member"/> of <paramref name="dimension"/>.</summary>
    public static MemberSlice Of(MetricResult metric, Dimension dimension, int member) => All(metric, dimension)[member];

    /// <summary>The slices of <paramref name="metric"/> for every member of <paramref name="dimension"/>, in one pass over the metric's cells (10,000 reps: 10,000 cells, not 10,000²).</summary>
    public static MemberSlice[] All(MetricResult metric, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(dimension);
        var shape = metric.Shape;
        var axis = -1;
        for (var i = 0; i < shape.Dims.Length; i++)
        {
            if (shape.Dims[i].IsWithin(dimension) || dimension.IsWithin(shape.Dims[i])) axis = i;
        }
        var slices = new MemberSlice[dimension.Count];
        if (axis < 0)
        {
            var all = new MemberSlice(metric, [.. Enumerable.Range(0, shape.Size)], Shared: true);
            Array.Fill(slices, all);
            return slices;
        }
        var d = shape.Dims[axis];
        // A finer (or the same) dimension: each cell belongs to the member it maps to. A coarser one (a rep's region):
        // each member gets the cells of the coordinate it maps to.
        var finer = d.IsWithin(dimension);
        var byCoordinate = new List<int>[finer ? dimension.Count : d.Count];
        for (var i = 0; i < byCoordinate.Length; i++) byCoordinate[i] = [];
        var stride = 1;
        for (var i = axis + 1; i < shape.Dims.Length; i++) stride *= shape.Dims[i].Count;
        for (var k = 0; k < shape.Size; k++)
        {
            var coordinate = k / stride % d.Count;
            byCoordinate[finer ? d.MapTo(dimension, coordinate) : coordinate].Add(k);
        }
        for (var m = 0; m < slices.Length; m++)
            slices[m] = new MemberSlice(metric, byCoordinate[finer ? m : dimension.MapTo(d, m)], Shared: false);
        return slices;
    }

    /// <summary>The target of the slice: the cell's, or the sum of its cells for a quantity; null for a quality over several cells.</summary>
    public decimal? Target => Combine(Metric.Targets);

    /// <summary>The planned value of the slice, combined as <see cref="Target"/>.</summary>
    public decimal? Planned => Combine(Metric.Planned);

    /// <summary>Planned − target.</summary>
    public decimal? Gap => Planned - Target;

    decimal? Combine(decimal?[] values)
    {
        if (Cells.Count == 1) return values[Cells[0]];
        if (Cells.Count == 0 || Metric.Kind == MetricKind.Quality || Metric.Metric.Unit.Kind == UnitKind.Ratio) return null;
        decimal total = 0;
        foreach (var k in Cells)
        {
            if (values[k] is not { } v) return null;
            total += v;
        }
        return total;
    }
}
