using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.Syntax;

public class PrinterTests
{
    [Theory]
    [InlineData("orders*unit_price", "orders * unit_price")]
    [InlineData("a-(b-c)", "a - (b - c)")]
    [InlineData("(a-b)-c", "a - b - c")]
    [InlineData("a/(b*c)", "a / (b * c)")]
    [InlineData("a*(b/c)", "a * (b / c)")]
    [InlineData("(a*b)/c", "a * b / c")]
    [InlineData("2*(a+b)", "2 * (a + b)")]
    [InlineData("(a^b)^c", "(a ^ b) ^ c")]
    [InlineData("a^(b^c)", "a ^ b ^ c")]
    [InlineData("-a^2", "-a ^ 2")]
    [InlineData("(-a)^2", "(-a) ^ 2")]
    [InlineData("a^-b", "a ^ -b")]
    [InlineData("a*-b", "a * -b")]
    [InlineData("-(a+b)", "-(a + b)")]
    [InlineData("SUM(a,b)", "sum(a, b)")]
    [InlineData("round( a , 2 )", "round(a, 2)")]
    [InlineData("20%*a", "0.2 * a")]
    [InlineData("200万", "2000000")]
    [InlineData("((a))", "a")]
    [InlineData("ａ×（ｂ＋ｃ）", "a * (b + c)")]
    public void Print_ParsedFormula_IsCanonicalWithOnlyTheNeededParentheses(string formula, string expected)
    {
        Assert.Equal(expected, Printer.Print(FormulaHarness.Parse(formula)));
    }

    [Fact]
    public void Print_NegativeLiteralBuiltInCode_IsParenthesisedWhereNeeded()
    {
        var expr = new Binary(BinaryOp.Power, new Literal(-2m), new Literal(2m));

        Assert.Equal("(-2) ^ 2", Printer.Print(expr));
    }
}
