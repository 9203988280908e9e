using Ippon.Formulas.Syntax;
using Ippon.Inputs;

namespace Ippon.Plans;

/// <summary>A metric's formula: the text as the user wrote it and its parsed tree.</summary>
public sealed record Formula
{
    /// <summary>Wraps an already parsed formula.</summary>
    public Formula(string text, Expr expr)
    {
        Text = text;
        Expr = expr;
    }

    /// <summary>The text as written: <c>orders * unit_price</c>.</summary>
    public string Text { get; }

    /// <summary>The parsed tree.</summary>
    public Expr Expr { get; }

    /// <summary>Parses <paramref name="text"/>: the formula, or its syntax error (field <c>formula</c>, the 1-based column in <paramref name="text"/>).</summary>
    public static ParseResult<Formula> Parse(string text)
    {
        var result = Parser.Parse(text);
        return result.Success ? ParseResult<Formula>.Ok(new Formula(text, result.Value)) : ParseResult<Formula>.Fail(result.Errors);
    }

    /// <summary>The metric ids the formula reads, each once, in order of appearance.</summary>
    public IEnumerable<string> References => Expr.References().Select(r => r.Id).Distinct();

    public override string ToString() => Text;
}
