using System.Collections.Immutable;

namespace Ippon.Formulas.Syntax;

/// <summary>A node of a parsed formula.</summary>
/// <remarks><see cref="Start"/> and <see cref="Length"/> locate the node in the formula text, for error messages.</remarks>
public abstract record Expr
{
    /// <summary>Where the node starts in the formula text (0-based).</summary>
    public int Start { get; init; }

    /// <summary>How many characters of the formula text the node covers.</summary>
    public int Length { get; init; }

    /// <summary>Every metric id this node refers to, in order of appearance, repeats included.</summary>
    /// <remarks>An explicit stack rather than nested iterators: nested <c>yield</c> costs the tree's depth per
    /// reference, which made a long sum quadratic and checks on big plans slow.</remarks>
    public IEnumerable<Ref> References()
    {
        var stack = new Stack<Expr>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Ref r:
                    yield return r;
                    break;
                case Unary u:
                    stack.Push(u.Operand);
                    break;
                case Binary b:
                    stack.Push(b.Right);
                    stack.Push(b.Left);
                    break;
                case Call c:
                    for (var a = c.Args.Length - 1; a >= 0; a--) stack.Push(c.Args[a]);
                    break;
            }
        }
    }
}

/// <summary>A number written in the formula.</summary>
public sealed record Literal(decimal Value) : Expr;

/// <summary>A reference to another metric by its id.</summary>
public sealed record Ref(string Id) : Expr;

/// <summary>A negation: <c>-x</c>.</summary>
public sealed record Unary(Expr Operand) : Expr;

/// <summary>An arithmetic operation on two operands.</summary>
public sealed record Binary(BinaryOp Op, Expr Left, Expr Right) : Expr;

/// <summary>A call of a built-in function such as <c>sum(a, b)</c>.</summary>
public sealed record Call(string Function, ImmutableArray<Expr> Args) : Expr;
