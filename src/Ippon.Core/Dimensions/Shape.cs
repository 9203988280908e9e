using System.Collections.Immutable;

namespace Ippon.Dimensions;

/// <summary>The dimensions a metric varies over, in a fixed order; its cells are laid out row-major.</summary>
/// <remarks>The default value is <see cref="Scalar"/>: one cell, no dimensions, which is every metric of a v1 plan.</remarks>
public readonly record struct Shape
{
    readonly ImmutableArray<Dimension> _dims;
    readonly int _size;

    /// <summary>Creates the shape over <paramref name="dims"/>, in that order.</summary>
    public Shape(IEnumerable<Dimension> dims)
    {
        _dims = [.. dims];
        var size = 1;
        foreach (var d in _dims) size = checked(size * d.Count);
        _size = size;
    }

    /// <summary>The shape of a single number.</summary>
    public static Shape Scalar => default;

    /// <summary>The dimensions, outermost first.</summary>
    public ImmutableArray<Dimension> Dims => _dims.IsDefault ? [] : _dims;

    /// <summary>How many cells a metric of this shape has (at least one).</summary>
    public int Size => _dims.IsDefault ? 1 : _size;

    /// <summary>True for a single number.</summary>
    public bool IsScalar => Dims.IsEmpty;

    /// <summary>The member index along each dimension of cell <paramref name="index"/>.</summary>
    public int[] Coordinates(int index)
    {
        var dims = Dims;
        var coords = new int[dims.Length];
        for (var i = dims.Length - 1; i >= 0; i--)
        {
            coords[i] = index % dims[i].Count;
            index /= dims[i].Count;
        }
        return coords;
    }

    /// <summary>The cell's label, such as <c>東京/田中</c>, or empty for a scalar.</summary>
    public string Label(int index)
    {
        if (IsScalar) return "";
        if (Dims.Length == 1) return Dims[0].Members[index]; // a rep's own name: no joining (read per cell by the calculation)
        var coords = Coordinates(index);
        return string.Join("/", Dims.Select((d, i) => d.Members[coords[i]]));
    }

    /// <summary>The cell labelled <paramref name="label"/> (田中, or 東京/田中 over two dimensions, as <see cref="Label"/> writes it), or -1 when no cell is.</summary>
    public int CellOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (IsScalar) return -1;
        var dims = Dims;
        if (dims.Length == 1) return dims[0].IndexOf(label);
        var parts = label.Split('/');
        if (parts.Length == dims.Length)
        {
            var index = 0;
            for (var i = 0; i < dims.Length; i++)
            {
                var member = dims[i].IndexOf(parts[i]);
                if (member < 0) break;
                index = (index * dims[i].Count) + member;
                if (i == dims.Length - 1) return index;
            }
        }
        // A member's own name holding a '/' does not split into the dimensions: look the label up among the cells'.
        if (!label.Contains('/', StringComparison.Ordinal) || dims.All(d => d.Members.All(m => !m.Contains('/', StringComparison.Ordinal)))) return -1;
        for (var cell = 0; cell < Size; cell++)
            if (Label(cell) == label) return cell;
        return -1;
    }

    /// <summary>True when this shape's dims are the same as <paramref name="other"/>'s.</summary>
    public bool SameAs(Shape other) => Dims.SequenceEqual(other.Dims);

    public bool Equals(Shape other) => SameAs(other);

    public override int GetHashCode() => Dims.Aggregate(17, (h, d) => (h * 31) + d.GetHashCode());

    public override string ToString() => IsScalar ? "scalar" : string.Join("×", Dims.Select(d => d.Name));
}
