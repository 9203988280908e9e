using CsCheck;
using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.Syntax;

/// <summary>The one printer in each dialect: the same tree, spelled for the plan file, for Excel and for people.</summary>
public class PrinterDialectTests
{
    // Bare names only (people's text does not quote names) and arithmetic only: Excel's function names (AVERAGE, INT)
    // are not Ippon's, so a call does not read back as itself.
    static readonly Gen<Expr> s_formulas = PrinterPropertyTests.Formulas(["a", "b", "leads", "win_rate", "x1", "商談数"], calls: false);

    /// <remarks>Excel's numbers drop trailing zeros (12.460 is written 12.46, the same number); people's numbers have
    /// thousands separators (14,954), which the parser reads as argument separators, so they are taken out first.</remarks>
    [Theory]
    [InlineData("excel")]
    [InlineData("display")]
    public void PrintParse_RandomArithmetic_GivesBackTheSameTreeInEachDialect(string name)
    {
        var dialect = name == "excel" ? FormulaDialect.Excel : FormulaDialect.Display;
        s_formulas.Sample(expr =>
        {
            var printed = Printer.Print(expr, dialect);
            var parsed = Parser.Parse(printed.Replace(",", "", StringComparison.Ordinal));

            Assert.True(parsed.Success, $"{printed}: {parsed.Errors.FirstOrDefault()?.Message}");
            Assert.Equal(PrinterPropertyTests.Structure(Normalized(expr)), PrinterPropertyTests.Structure(Normalized(parsed.Value)));
        }, iter: 400, print: e => Printer.Print(e, dialect));
    }

    // The same numbers without trailing zeros, so that 12.460 and 12.46 compare equal.
    static Expr Normalized(Expr e) => e switch
    {
        Literal l => new Literal(l.Value / 1.0000000000000000000000000000m),
        Unary u => new Unary(Normalized(u.Operand)),
        Binary b => new Binary(b.Op, Normalized(b.Left), Normalized(b.Right)),
        _ => e,
    };

    [Theory]
    [InlineData("-a ^ 2", "-a ^ 2", "-(a^2)", "−a ^ 2")]
    [InlineData("(-a) ^ 2", "(-a) ^ 2", "(-a)^2", "(−a) ^ 2")]
    [InlineData("a ^ b ^ c", "a ^ b ^ c", "a^(b^c)", "a ^ b ^ c")]
    [InlineData("a - (b - c) / 2", "a - (b - c) / 2", "a-(b-c)/2", "a − (b − c) ÷ 2")]
    [InlineData("deals * win_rate", "deals * win_rate", "deals*win_rate", "deals × win_rate")]
    [InlineData("avg(a, 1500) + ceil(b)", "avg(a, 1500) + ceil(b)", "AVERAGE(a,1500)+-INT(-b)", "avg(a, 1,500) + ceil(b)")]
    [InlineData("round(a)", "round(a)", "ROUND(a,0)", "round(a)")]
    public void Print_OneTree_IsSpelledByEachDialect(string formula, string planFile, string excel, string display)
    {
        var expr = Parser.Parse(formula).Value!;

        Assert.Equal(
            (planFile, excel, display),
            (Printer.Print(expr), Printer.Print(expr, FormulaDialect.Excel), Printer.Print(expr, FormulaDialect.Display)));
    }

    [Fact]
    public void WithNames_GivesEachReferenceItsName_InTheDialectsSpelling() =>
        Assert.Equal("新規受注数 × 平均受注単価", Printer.Print(Parser.Parse("orders * unit_price").Value!,
            FormulaDialect.Display.WithNames(id => id == "orders" ? "新規受注数" : "平均受注単価")));
}
