using System.Collections.Immutable;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.BackSolving;

/// <summary>The exact inversions (negation, + − × ÷, sum): the one table <see cref="BackSolver"/> applies to numbers and <see cref="Solve"/> to formulas.</summary>
/// <remarks>
/// <see cref="Solve"/> keeps the inversion as a formula instead of a number, so that the workbook's targets stay live
/// and documents can print the rule in words: <c>new_revenue = orders * unit_price</c> for orders is
/// <c>target / unit_price</c>. The parent's target appears as <c>Ref(<see cref="Target"/>)</c>; every other input stays
/// as it is (held at its planned value).
/// </remarks>
public static class Inversion
{
    /// <summary>What undoes <paramref name="op"/> with the lever on the left (or right) of it: the operation applied to the target and the other operand, <c>Reversed</c> when the other operand comes first.</summary>
    /// <remarks>x + o = t gives x = t − o; o − x = t gives x = o − t (reversed); x × o = t gives t ÷ o; o ÷ x = t gives o ÷ t (reversed). A power has no exact inverse here.</remarks>
    public static (BinaryOp Op, bool Reversed) Undo(BinaryOp op, bool leverLeft) => (op, leverLeft) switch
    {
        (BinaryOp.Add, _) => (BinaryOp.Subtract, false),
        (BinaryOp.Subtract, true) => (BinaryOp.Add, false),
        (BinaryOp.Subtract, false) => (BinaryOp.Subtract, true),
        (BinaryOp.Multiply, _) => (BinaryOp.Divide, false),
        (BinaryOp.Divide, true) => (BinaryOp.Multiply, false),
        (BinaryOp.Divide, false) => (BinaryOp.Divide, true),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "a power is not inverted exactly"),
    };

    /// <summary>The id standing for the parent's target in an inverted formula.</summary>
    public const string Target = "$target";

    /// <summary>The formula of <paramref name="lever"/> in terms of the target and the other inputs, or null when it is not exactly invertible
    /// (the lever appears twice, or under a power or a function other than sum).</summary>
    public static Expr? Solve(Expr formula, string lever)
    {
        if (Count(formula, lever) != 1) return null;
        Expr target = new Ref(Target);
        var node = formula;
        while (node is not Ref)
        {
            switch (node)
            {
                case Unary u:
                    target = new Unary(target);
                    node = u.Operand;
                    break;
                case Binary { Op: not BinaryOp.Power } b:
                    var left = Count(b.Left, lever) == 1;
                    var other = left ? b.Right : b.Left;
                    var (op, reversed) = Undo(b.Op, left);
                    target = reversed ? new Binary(op, other, target) : new Binary(op, target, other);
                    node = left ? b.Left : b.Right;
                    break;
                case Call c when string.Equals(c.Function, "sum", StringComparison.OrdinalIgnoreCase):
                    var inner = c.Args.First(a => Count(a, lever) == 1);
                    var rest = c.Args.Where(a => !ReferenceEquals(a, inner)).ToImmutableArray();
                    if (!rest.IsEmpty) target = new Binary(BinaryOp.Subtract, target, rest.Length == 1 ? rest[0] : new Call("sum", rest));
                    node = inner;
                    break;
                default:
                    return null;
            }
        }
        return target;
    }

    static int Count(Expr e, string id) => e.References().Count(r => r.Id == id);
}
