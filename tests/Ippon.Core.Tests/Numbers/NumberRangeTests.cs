using System.Globalization;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;

namespace Ippon.Tests.Numbers;

/// <summary>One number grammar with one range (issue 10, items 5, 6 and 10): written numbers beyond ±10^18 are refused as out of range, full-width digits read without culture data.</summary>
public class NumberRangeTests
{
    [Theory]
    [InlineData("1e27")]
    [InlineData("8e26")]
    [InlineData("5e28")]
    [InlineData("1e30")]
    [InlineData("-1e19")]
    [InlineData("1000000000000000001")]
    [InlineData("1000001兆")]
    public void TryParse_BeyondTheRange_IsRefusedAsOutOfRange(string text)
    {
        Assert.False(NumberText.TryParse(text, out _, out var outOfRange));
        Assert.True(outOfRange);
        Assert.Contains("outside the supported range", NumberText.Refusal(text).In(Language.En));
    }

    [Theory]
    [InlineData("1e18", "1000000000000000000")]
    [InlineData("-1e18", "-1000000000000000000")]
    [InlineData("1000000兆", "1000000000000000000")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    public void TryParse_AtTheEdgeOfTheRange_Reads(string text, string expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParse_NotANumber_IsNotOutOfRange()
    {
        Assert.False(NumberText.TryParse("twenty", out _, out var outOfRange));
        Assert.False(outOfRange);
    }

    [Fact]
    public void Refusal_OfAHugeText_EchoesAtMost40Characters()
    {
        var message = NumberText.Refusal(new string('x', 10_000_000)).In(Language.En);

        Assert.True(message.Length < 200, $"{message.Length} characters");
        Assert.Contains("x…'", message);
    }

    [Theory]
    [InlineData("２０％", "0.2")]
    [InlineData("１億円", "100000000")]
    [InlineData("４，０００万円", "40000000")]
    [InlineData("１　２００", "1200")]
    public void TryParse_FullWidth_ReadsWithoutCultureData(string text, string expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void WidthFold_MapsTheWholeFullWidthAsciiBlock()
    {
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
            Assert.Equal((char)(c - 0xFEE0), Width.Fold(c));
        Assert.Equal("Q1 20%", Width.Fold("Ｑ１\u3000２０％"));
        Assert.Equal("東京", Width.Fold("東京"));
    }

    [Theory]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("2.5E+3", "2500")]
    [InlineData("１ｅ－３", "0.001")]
    public void Lexer_ExponentWithASign_IsOneNumberAsInAValue(string text, string expected)
    {
        var parsed = Ippon.Plans.Formula.Parse($"a * {text}");

        Assert.Empty(parsed.Errors);
        Assert.NotNull(parsed.Value);
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.Contains(Lexer.Tokenize($"a * {text}"), t => t.Kind == TokenKind.Number && t.Number == value);
    }

    [Fact]
    public void Lexer_MinusAfterAnExponentWithoutDigits_StaysASubtraction()
    {
        Assert.NotNull(Ippon.Plans.Formula.Parse("e - 1").Value);
        Assert.Null(Ippon.Plans.Formula.Parse("a * 2e - 1").Value);
    }
}
