namespace Ippon.Formulas.Syntax;

/// <summary>One token of a formula, with where it stands in the text.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Start, decimal Number = 0);
