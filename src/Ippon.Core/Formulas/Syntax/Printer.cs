using System.Globalization;
using System.Text;

namespace Ippon.Formulas.Syntax;

/// <summary>Writes an <see cref="Expr"/> back as formula text, with only the parentheses the precedence needs.</summary>
public static class Printer
{
    /// <summary>The canonical text of <paramref name="expr"/>: <c>orders * unit_price</c>.</summary>
    public static string Print(Expr expr)
    {
        var sb = new StringBuilder();
        Write(sb, expr, 0);
        return sb.ToString();
    }

    // Precedence: 1 sum, 2 product, 3 unary, 4 power, 5 atom.
    static void Write(StringBuilder sb, Expr expr, int parentPrecedence)
    {
        var p = Precedence(expr);
        var paren = p < parentPrecedence;
        if (paren) sb.Append('(');
        switch (expr)
        {
            case Literal l:
                sb.Append(l.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case Ref r:
                sb.Append(Identifier.Quote(r.Id));
                break;
            case Unary u:
                sb.Append('-');
                Write(sb, u.Operand, 3);
                break;
            case Binary b:
                // Left-associative operators need a parenthesised right operand of equal precedence: a - (b - c).
                // Power is right-associative: (a ^ b) ^ c needs them on the left instead.
                var rightAssoc = b.Op == BinaryOp.Power;
                Write(sb, b.Left, rightAssoc ? p + 1 : p);
                sb.Append(b.Op switch
                {
                    BinaryOp.Add => " + ",
                    BinaryOp.Subtract => " - ",
                    BinaryOp.Multiply => " * ",
                    BinaryOp.Divide => " / ",
                    _ => " ^ ",
                });
                Write(sb, b.Right, rightAssoc ? 3 : p + 1);
                break;
            case Call c:
                sb.Append(c.Function).Append('(');
                for (var i = 0; i < c.Args.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, c.Args[i], 0);
                }
                sb.Append(')');
                break;
        }
        if (paren) sb.Append(')');
    }

    static int Precedence(Expr expr) => expr switch
    {
        Binary { Op: BinaryOp.Add or BinaryOp.Subtract } => 1,
        Binary { Op: BinaryOp.Multiply or BinaryOp.Divide } => 2,
        Unary => 3,
        Binary { Op: BinaryOp.Power } => 4,
        Literal { Value: < 0 } => 3,
        _ => 5,
    };
}
