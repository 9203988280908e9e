using System.Collections.Immutable;
using Ippon.Formulas.Syntax;

namespace Ippon.Export;

/// <summary>Solves a formula for one of its inputs symbolically: <c>new_revenue = orders * unit_price</c> for orders is <c>target / unit_price</c>.</summary>
/// <remarks>
/// The same exact inversions Ippon's back-solver makes (negation, + − × ÷, sum), kept as a formula instead of a number,
/// so that the workbook's targets stay live and documents can print the rule in words. The parent's target appears as
/// <c>Ref(<see cref="Target"/>)</c>; every other input stays as it is (held at its planned value).
/// </remarks>
public static class FormulaInversion
{
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
                    target = (b.Op, left) switch
                    {
                        (BinaryOp.Add, _) => new Binary(BinaryOp.Subtract, target, other),
                        (BinaryOp.Subtract, true) => new Binary(BinaryOp.Add, target, other),
                        (BinaryOp.Subtract, false) => new Binary(BinaryOp.Subtract, other, target),
                        (BinaryOp.Multiply, _) => new Binary(BinaryOp.Divide, target, other),
                        (BinaryOp.Divide, true) => new Binary(BinaryOp.Multiply, target, other),
                        _ => new Binary(BinaryOp.Divide, other, target),
                    };
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
