using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.Syntax;

/// <summary>Formulas in Japanese: ids and names of any script, names in brackets.</summary>
public class JapaneseFormulaTests
{
    [Theory]
    [InlineData("商談数 × 受注率", "商談数|受注率")]
    [InlineData("商談数*受注率", "商談数|受注率")]
    [InlineData("「新規 受注数」 × 平均単価", "新規 受注数|平均単価")]
    [InlineData("[New orders] * price", "New orders|price")]
    [InlineData("sum(既存売上, 新規売上)", "既存売上|新規売上")]
    [InlineData("ｗｉｎ＿ｒａｔｅ × 2", "win_rate")]
    public void Parse_JapaneseNames_AreReferences(string formula, string ids)
    {
        var result = Parser.Parse(formula);

        Assert.True(result.Success, result.Errors.FirstOrDefault()?.Message.ToString());
        Assert.Equal(ids.Split('|'), result.Value!.References().Select(r => r.Id));
    }

    [Fact]
    public void Parse_BracketedName_SpansTheBrackets()
    {
        var r = FormulaHarness.Parse("2 * 「新規 受注数」").References().Single();

        Assert.Equal((4, 8), (r.Start, r.Length));
    }

    [Fact]
    public void Parse_NumberWithSuffixBeforeAName_StillReadsTheSuffix()
    {
        var expr = (Binary)FormulaHarness.Parse("200万 × 受注数");

        Assert.Equal(2_000_000m, ((Literal)expr.Left).Value);
        Assert.Equal("受注数", ((Ref)expr.Right).Id);
    }

    [Theory]
    [InlineData("「新規 受注数 × 2", 0)]
    [InlineData("2 * 「」", 4)]
    public void Parse_UnclosedOrEmptyBracket_IsASyntaxErrorAtTheBracket(string formula, int position)
    {
        var result = Parser.Parse(formula);

        Assert.False(result.Success);
        Assert.Equal(position, result.Errors.Single().Column - 1);
    }

    [Fact]
    public void Print_NameWithASpace_IsBracketedAndParsesBack()
    {
        var printed = Printer.Print(new Binary(BinaryOp.Multiply, new Ref("新規 受注数"), new Ref("単価")));

        Assert.Equal("「新規 受注数」 * 単価", printed);
        Assert.Equal(["新規 受注数", "単価"], FormulaHarness.Parse(printed).References().Select(r => r.Id));
    }
}
