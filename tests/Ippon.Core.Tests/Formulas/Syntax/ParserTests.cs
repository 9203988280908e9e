using System.Globalization;
using Ippon.Formulas;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;

namespace Ippon.Tests.Formulas.Syntax;

public class ParserTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("100 / 10 / 5", "2")]
    [InlineData("2 ^ 3 ^ 2", "512")]
    [InlineData("-2 ^ 2", "-4")]
    [InlineData("(-2) ^ 2", "4")]
    [InlineData("2 ^ -1", "0.5")]
    [InlineData("--3", "3")]
    [InlineData("+3", "3")]
    [InlineData("20% * 50", "10")]
    [InlineData("200万 / 4", "500000")]
    [InlineData("1億 - 6000万", "40000000")]
    [InlineData("sum(1, 2, 3)", "6")]
    [InlineData("SUM(1, 2)", "3")]
    [InlineData("min(3, 1, 2)", "1")]
    [InlineData("max(3, 1, 2)", "3")]
    [InlineData("avg(1, 2, 6)", "3")]
    [InlineData("round(2.5)", "3")]
    [InlineData("round(-2.5)", "-3")]
    [InlineData("round(1.2345, 2)", "1.23")]
    [InlineData("ceil(1.1)", "2")]
    [InlineData("floor(1.9)", "1")]
    [InlineData("abs(-3)", "3")]
    [InlineData("１＋２×３", "7")]
    [InlineData("（１＋２）÷３", "1")]
    [InlineData("deals * win_rate", "20")]
    [InlineData("leads * deal_rate * win_rate * unit_price", "40000000")]
    [InlineData("min(deals, 50) * win_rate", "10")]
    [InlineData("new_revenue / unit_price", "20")]
    public void Parse_Formula_EvaluatesToTheExpectedValue(string formula, string expected)
    {
        var value = FormulaHarness.Evaluate(formula,
            ("deals", 100m), ("win_rate", 0.2m), ("leads", 1000m), ("deal_rate", 0.1m), ("unit_price", 2_000_000m), ("new_revenue", 40_000_000m));

        Assert.False(value.IsError);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value.Value);
    }

    [Theory]
    [InlineData("1 / 0", FormulaError.DivByZero)]
    [InlineData("a / (a - a)", FormulaError.DivByZero)]
    [InlineData("round(1, 0.5)", FormulaError.Domain)]
    [InlineData("(-8) ^ 0.5", FormulaError.Domain)]
    [InlineData("0 ^ -0.5", FormulaError.DivByZero)]
    [InlineData("10000000000000000 * 10000000000000000", FormulaError.Overflow)]
    public void Parse_FormulaThatCannotBeComputed_EvaluatesToAnError(string formula, FormulaError error)
    {
        var value = FormulaHarness.Evaluate(formula, ("a", 3m));

        Assert.Equal(error, value.Error);
    }

    [Theory]
    [InlineData("", 0, "the formula is empty")]
    [InlineData("   ", 0, "the formula is empty")]
    [InlineData("a +* b", 3, "expected a number, a metric id, a function or (, found '*'")]
    [InlineData("a + ", 4, "expected a number, a metric id, a function or (, found the end of the formula")]
    [InlineData("(a + b", 6, "expected a closing parenthesis ), found the end of the formula")]
    [InlineData("a b", 2, "expected an operator (+ - * / ^) or the end of the formula, found 'b'")]
    [InlineData("a + b)", 5, "expected an operator (+ - * / ^) or the end of the formula, found ')'")]
    [InlineData("a $ b", 2, "found '$'")]
    [InlineData("1.2.3 * a", 0, "found '1.2.3'")]
    [InlineData("foo(1)", 0, "unknown function 'foo'; expected one of sum, min, max, avg, round, ceil, floor, abs")]
    [InlineData("sum()", 0, "sum takes 1 or more argument(s), found 0")]
    [InlineData("round(1, 2, 3)", 0, "round takes 1 to 2 argument(s), found 3")]
    [InlineData("ceil(1, 2)", 0, "ceil takes 1 argument(s), found 2")]
    [InlineData("sum(a, b", 8, "expected a comma or a closing parenthesis ), found the end of the formula")]
    [InlineData("orders * * price", 9, "found '*'")]
    [InlineData("売上 ＠ 2", 3, "found '＠'")]
    public void Parse_SyntaxError_ReportsThePositionAndWhatWasExpected(string formula, int position, string message)
    {
        var result = Parser.Parse(formula);

        Assert.False(result.Success);
        Assert.Equal(position, result.Errors.Single().Column - 1);
        Assert.Contains(message, result.Errors.Single().Message.In(Language.En));
        Assert.False(string.IsNullOrWhiteSpace(result.Errors.Single().Message.In(Language.Ja)));
    }

    [Fact]
    public void Parse_Formula_KeepsEachNodesSpanInTheText()
    {
        var expr = (Binary)FormulaHarness.Parse("leads * (deal_rate + 1)");

        Assert.Equal((0, 23), (expr.Start, expr.Length));
        Assert.Equal((0, 5), (expr.Left.Start, expr.Left.Length));
        Assert.Equal((8, 15), (expr.Right.Start, expr.Right.Length));
    }

    [Fact]
    public void References_Formula_ListsIdsInOrderWithRepeats()
    {
        var refs = FormulaHarness.Parse("a * b + sum(c, a)").References().Select(r => (r.Id, r.Start));

        Assert.Equal([("a", 0), ("b", 4), ("c", 12), ("a", 15)], refs);
    }

    [Fact]
    public void Parse_FormulaAboveTheTokenLimit_IsTooLongAtTheFirstExcessToken()
    {
        // b + b + … with 1,201 tokens: the 1,001st token (index 1,000) is the 501st "b" at offset 1,000.
        var formula = string.Join("+", Enumerable.Repeat("b", 601));

        var result = Parser.Parse(formula);

        Assert.False(result.Success);
        Assert.Equal(1_000, result.Errors.Single().Column - 1);
        Assert.Contains("the formula is too long", result.Errors.Single().Message.In(Language.En));
    }

    [Fact]
    public void Parse_FormulaAtTheTokenLimit_Parses()
    {
        var formula = string.Join("+", Enumerable.Repeat("b", (Parser.MaxTokens + 1) / 2));

        Assert.True(Parser.Parse(formula).Success);
    }

    [Theory]
    [InlineData(20_000, '(')]
    [InlineData(100_000, '-')]
    public void Parse_HugelyNestedFormula_IsAnErrorNotAStackOverflow(int depth, char opener)
    {
        var formula = new string(opener, depth) + "b" + (opener == '(' ? new string(')', depth) : "");

        Assert.False(Parser.Parse(formula).Success);
    }
}
