using System.Text;

namespace Ippon.Formulas.Syntax;

/// <summary>Writes an <see cref="Expr"/> back as formula text in a <see cref="FormulaDialect"/>, with only the parentheses the precedence needs.</summary>
/// <remarks>The one printer of formulas: the plan file's text, Excel's formulas and the formulas people read all come from here.</remarks>
public static class Printer
{
    /// <summary>The canonical text of <paramref name="expr"/> in the plan file: <c>orders * unit_price</c>.</summary>
    public static string Print(Expr expr) => Print(expr, FormulaDialect.PlanFile);

    /// <summary>The text of <paramref name="expr"/> in <paramref name="dialect"/>.</summary>
    public static string Print(Expr expr, FormulaDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var sb = new StringBuilder();
        Write(sb, expr, 0, dialect);
        return sb.ToString();
    }

    // Precedence, Ippon's grammar: 1 sum, 2 product, 3 unary, 4 power, 5 atom. Excel's swaps unary (4) and power (3).
    const int Sum = 1, Product = 2, Atom = 5;

    static int UnaryLevel(FormulaDialect d) => d.MinusBindsTighterThanPower ? 4 : 3;

    static int PowerLevel(FormulaDialect d) => d.MinusBindsTighterThanPower ? 3 : 4;

    static int Precedence(Expr expr, FormulaDialect d) => expr switch
    {
        Binary { Op: BinaryOp.Add or BinaryOp.Subtract } => Sum,
        Binary { Op: BinaryOp.Multiply or BinaryOp.Divide } => Product,
        Binary => PowerLevel(d),
        Unary => UnaryLevel(d),
        // A negative number reads as a minus in Ippon's grammar; Excel's numbers bring their own parentheses.
        Literal { Value: < 0 } when !d.MinusBindsTighterThanPower => UnaryLevel(d),
        _ => Atom,
    };

    static void Write(StringBuilder sb, Expr expr, int parentPrecedence, FormulaDialect d)
    {
        // A call the dialect spells differently is printed as rewritten; a rewrite of a call already in the dialect's
        // spelling gives the same call back, which ends the rewriting.
        if (expr is Call call && d.Rewrite?.Invoke(call) is { } rewritten && !rewritten.Equals(call))
        {
            Write(sb, rewritten, parentPrecedence, d);
            return;
        }
        var p = Precedence(expr, d);
        var paren = p < parentPrecedence;
        if (paren) sb.Append('(');
        switch (expr)
        {
            case Literal l:
                sb.Append(d.Number(l.Value));
                break;
            case Ref r:
                sb.Append(d.Name(r.Id));
                break;
            case Unary u:
                sb.Append(d.Minus);
                // Ippon's minus takes a power or another minus (-a ^ 2 is -(a ^ 2)); Excel's takes atoms only.
                Write(sb, u.Operand, d.MinusBindsTighterThanPower ? Atom : UnaryLevel(d), d);
                break;
            case Binary b:
                // Left-associative operators need a parenthesised right operand of equal precedence: a - (b - c).
                // Ippon's power is right-associative: (a ^ b) ^ c needs them on the left, and its right operand may
                // be a minus (a ^ -b). Excel's reads left to right and binds a minus first: both operands atoms.
                var power = b.Op == BinaryOp.Power;
                Write(sb, b.Left, power ? Atom : p, d);
                sb.Append(d.Operators[(int)b.Op]);
                Write(sb, b.Right, power ? (d.MinusBindsTighterThanPower ? Atom : UnaryLevel(d)) : p + 1, d);
                break;
            case Call c:
                sb.Append(c.Function).Append('(');
                for (var i = 0; i < c.Args.Length; i++)
                {
                    if (i > 0) sb.Append(d.ArgumentSeparator);
                    Write(sb, c.Args[i], 0, d);
                }
                sb.Append(')');
                break;
        }
        if (paren) sb.Append(')');
    }
}
