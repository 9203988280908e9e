namespace Ippon.Dimensions;

/// <summary>The three kinds of <see cref="IndexMap"/>.</summary>
public enum IndexMapKind
{
    /// <summary>Both shapes are the same: cell k reads cell k.</summary>
    Identity,

    /// <summary>The source is a single number: every cell reads cell 0.</summary>
    Scalar,

    /// <summary>Each cell looks its source cell up in a table.</summary>
    Table,
}
