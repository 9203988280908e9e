namespace Ippon.Dimensions;

/// <summary>The three kinds of <see cref="IndexMap"/>.</summary>
public enum IndexMapKind
{
    /// <summary>Both shapes are the same: cell k reads cell k.</summary>
    Identity,

    /// <summary>The source is a single number: every cell reads cell 0.</summary>
    Scalar,

    /// <summary>Each cell looks its source cell up in a table (nested dimensions: a rep's region).</summary>
    Table,

    /// <summary>The source drops trailing dimensions: cell k reads cell k ÷ <see cref="IndexMap.Factor"/> (a rep's value in every month).</summary>
    Divide,

    /// <summary>The source drops leading dimensions: cell k reads cell k mod <see cref="IndexMap.Factor"/> (a month's value for every rep).</summary>
    Modulo,
}
