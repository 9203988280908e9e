using System.Globalization;
using System.Text;
using CsCheck;
using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.Syntax;

/// <summary>Printing and parsing agree on random formulas: nothing is lost or regrouped on the way.</summary>
public class PrinterPropertyTests
{
    static readonly string[] s_ids = ["a", "b", "leads", "win_rate", "x1", "商談数", "新規 受注数", "2次商談"];
    static readonly string[] s_functions = ["sum", "min", "max", "avg", "round", "ceil", "floor", "abs"];

    static Gen<Expr> Leaf(string[] ids) => Gen.OneOf(
        Gen.Int[0, 100_000].Select(Gen.Int[0, 3], (n, scale) => (Expr)new Literal(new decimal(n, 0, 0, false, (byte)scale))),
        Gen.Int[0, ids.Length - 1].Select(i => (Expr)new Ref(ids[i])));

    /// <summary>Random formulas over <paramref name="ids"/> up to depth 5, with function calls when <paramref name="calls"/>.</summary>
    internal static Gen<Expr> Formulas(string[] ids, bool calls) => Gen.Int[0, 5].SelectMany(depth => Formula(ids, calls, depth));

    static Gen<Expr> Formula(string[] ids, bool calls, int depth) => depth == 0
        ? Leaf(ids)
        : Gen.Int[0, calls ? 9 : 7].SelectMany(kind => kind switch
        {
            <= 2 => Leaf(ids),
            3 => Formula(ids, calls, depth - 1).Select(e => (Expr)new Unary(e)),
            <= 7 => Gen.Select(Gen.Int[0, 4], Formula(ids, calls, depth - 1), Formula(ids, calls, depth - 1), (op, l, r) => (Expr)new Binary((BinaryOp)op, l, r)),
            _ => Gen.Int[0, s_functions.Length - 1].SelectMany(f =>
            {
                var name = s_functions[f];
                var count = name switch { "round" => Gen.Int[1, 2], "ceil" or "floor" or "abs" => Gen.Const(1), _ => Gen.Int[1, 3] };
                return count.SelectMany(n => Formula(ids, calls, depth - 1).Array[n]).Select(args => (Expr)new Call(name, [.. args]));
            }),
        });

    static readonly Gen<Expr> s_formulas = Formulas(s_ids, calls: true);

    [Fact]
    public void PrintParse_RandomFormula_GivesBackTheSameTree()
    {
        s_formulas.Sample(expr =>
        {
            var printed = Printer.Print(expr);
            var parsed = Parser.Parse(printed);

            Assert.True(parsed.Success, $"{printed}: {parsed.Errors.FirstOrDefault()?.Message}");
            Assert.Equal(Structure(expr), Structure(parsed.Value));
        }, iter: 400, print: Printer.Print);
    }

    [Fact]
    public void PrintParsePrint_RandomFormula_IsStable()
    {
        s_formulas.Sample(expr =>
        {
            var once = Printer.Print(FormulaHarness.Parse(Printer.Print(expr)));
            var twice = Printer.Print(FormulaHarness.Parse(once));

            Assert.Equal(once, twice);
        }, iter: 400, print: Printer.Print);
    }

    // The tree with every node bracketed and no positions: equal exactly when the two trees group the same way.
    internal static string Structure(Expr expr)
    {
        var sb = new StringBuilder();
        Write(expr);
        return sb.ToString();

        void Write(Expr e)
        {
            switch (e)
            {
                case Literal l: sb.Append(l.Value.ToString(CultureInfo.InvariantCulture)); break;
                case Ref r: sb.Append(r.Id); break;
                case Unary u: sb.Append("(-"); Write(u.Operand); sb.Append(')'); break;
                case Binary b: sb.Append('('); Write(b.Left); sb.Append(' ').Append(b.Op).Append(' '); Write(b.Right); sb.Append(')'); break;
                case Call c:
                    sb.Append(c.Function).Append('[');
                    foreach (var a in c.Args) { Write(a); sb.Append(';'); }
                    sb.Append(']');
                    break;
            }
        }
    }

    [Fact]
    public void Structure_DifferentGrouping_Differs()
    {
        // Guards the property above: a printer that dropped needed parentheses would be caught.
        Assert.NotEqual(Structure(FormulaHarness.Parse("a - (b - c)")), Structure(FormulaHarness.Parse("a - b - c")));
        Assert.NotEqual(Structure(FormulaHarness.Parse("(a ^ b) ^ c")), Structure(FormulaHarness.Parse("a ^ b ^ c")));
    }
}
