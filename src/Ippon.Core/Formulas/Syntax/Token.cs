namespace Ippon.Formulas.Syntax;

/// <summary>One token of a formula, with where it stands in the text.</summary>
/// <remarks><paramref name="Length"/> is the token's length in the text when it differs from <paramref name="Text"/>'s (a name in 「」).</remarks>
public readonly record struct Token(TokenKind Kind, string Text, int Start, decimal Number = 0, int Length = -1)
{
    /// <summary>How many characters of the formula text the token covers.</summary>
    public int SourceLength => Length < 0 ? Text.Length : Length;
}
