namespace Ippon.Formulas.Functions;

/// <summary>How a function treats its arguments when metrics vary over dimensions.</summary>
public enum FunctionKind
{
    /// <summary>Works element by element (round, ceil).</summary>
    Scalar,

    /// <summary>Combines its arguments; with one argument that varies over a dimension, reduces over the members (sum, min, max).</summary>
    Aggregate,
}
