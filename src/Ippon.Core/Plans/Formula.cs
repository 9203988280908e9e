using Ippon.Formulas.Syntax;

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

    /// <summary>Parses <paramref name="text"/>, or returns the syntax error.</summary>
    public static (Formula? Formula, SyntaxError? Error) Parse(string text)
    {
        var result = Parser.Parse(text);
        return result.Success ? (new Formula(text, result.Expr), null) : (null, result.Error);
    }

    /// <summary>The metric ids the formula reads, each once, in order of appearance.</summary>
    public IEnumerable<string> References => Expr.References().Select(r => r.Id).Distinct();

    public override string ToString() => Text;
}
