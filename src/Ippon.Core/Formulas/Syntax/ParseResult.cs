using System.Diagnostics.CodeAnalysis;

namespace Ippon.Formulas.Syntax;

/// <summary>The outcome of parsing a formula: the tree, or the error with its position.</summary>
public sealed record ParseResult
{
    ParseResult(Expr? expr, SyntaxError? error)
    {
        Expr = expr;
        Error = error;
    }

    /// <summary>The parsed tree, when parsing succeeded.</summary>
    public Expr? Expr { get; }

    /// <summary>The first error, when parsing failed.</summary>
    public SyntaxError? Error { get; }

    /// <summary>True when <see cref="Expr"/> holds the tree.</summary>
    [MemberNotNullWhen(true, nameof(Expr))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Expr is not null;

    public static ParseResult Ok(Expr expr) => new(expr, null);

    public static ParseResult Fail(SyntaxError error) => new(null, error);
}
