using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.Syntax;

public class LexerTests
{
    [Fact]
    public void Tokenize_Formula_GivesKindsTextsAndPositions()
    {
        var tokens = Lexer.Tokenize("orders * unit_price");

        Assert.Equal([TokenKind.Identifier, TokenKind.Star, TokenKind.Identifier, TokenKind.End], tokens.Select(t => t.Kind));
        Assert.Equal(["orders", "*", "unit_price", ""], tokens.Select(t => t.Text));
        Assert.Equal([0, 7, 9, 19], tokens.Select(t => t.Start));
    }

    [Theory]
    [InlineData("20%", "0.2")]
    [InlineData("200万", "2000000")]
    [InlineData("1_000", "1000")]
    [InlineData("1.5", "1.5")]
    [InlineData("2e3", "2000")]
    [InlineData("１２", "12")]
    public void Tokenize_NumberWithPlanFileSuffixes_IsOneNumberToken(string text, string value)
    {
        var token = Lexer.Tokenize(text)[0];

        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), token.Number);
    }

    [Fact]
    public void Tokenize_FullWidthOperators_AreReadAsAscii()
    {
        var kinds = Lexer.Tokenize("（ａ＋ｂ）×ｃ÷ｄ−ｅ、ｆ").Select(t => t.Kind);

        Assert.Equal(
        [
            TokenKind.LeftParen, TokenKind.Identifier, TokenKind.Plus, TokenKind.Identifier, TokenKind.RightParen,
            TokenKind.Star, TokenKind.Identifier, TokenKind.Slash, TokenKind.Identifier, TokenKind.Minus,
            TokenKind.Identifier, TokenKind.Comma, TokenKind.Identifier, TokenKind.End,
        ], kinds);
    }

    [Fact]
    public void Tokenize_FullWidthIdentifier_IsFoldedToAscii()
    {
        Assert.Equal("leads", Lexer.Tokenize("ｌｅａｄｓ")[0].Text);
    }

    [Theory]
    [InlineData("a $ b", 2, "$")]
    [InlineData("1.2.3", 0, "1.2.3")]
    [InlineData("売上 ＠ 2", 3, "＠")]
    public void Tokenize_UnexpectedCharacter_IsAnInvalidTokenAtItsPosition(string text, int start, string found)
    {
        var invalid = Lexer.Tokenize(text).First(t => t.Kind == TokenKind.Invalid);

        Assert.Equal(start, invalid.Start);
        Assert.Equal(found, invalid.Text);
    }
}
