using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>A compiled formula node: evaluates one cell (<see cref="At"/>) or every cell of the formula's shape at once.</summary>
/// <remarks>
/// The same tree serves both: whole-array evaluation for full recalculation (tight loops, no per-cell dispatch),
/// one cell for incremental recalculation and for the back-solver, which tries candidates through an <see cref="Override"/>.
/// </remarks>
public abstract class Node
{
    protected Node(Expr source) => Source = source;

    /// <summary>The formula text's node this was compiled from.</summary>
    public Expr Source { get; }

    /// <summary>The value of cell <paramref name="k"/> of the formula's shape.</summary>
    public abstract FormulaValue At(int k, Cells cells, Override ov);

    /// <summary>Evaluates every cell; writes into <paramref name="dest"/> when given (the root), else allocates.</summary>
    internal abstract Vector All(int size, Cells cells, decimal[]? dest);

    /// <summary>The nodes directly below this one.</summary>
    public abstract IEnumerable<Node> Children { get; }
}
