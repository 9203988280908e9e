namespace Ippon.Formulas.Syntax;

/// <summary>The kinds of token the lexer produces.</summary>
public enum TokenKind
{
    Number,
    Identifier,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LeftParen,
    RightParen,
    Comma,
    End,
    Invalid,
}
