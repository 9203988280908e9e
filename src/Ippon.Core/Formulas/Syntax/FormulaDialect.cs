using System.Collections.Immutable;
using System.Globalization;
using Ippon.Numbers;

namespace Ippon.Formulas.Syntax;

/// <summary>How <see cref="Printer"/> spells a formula: the plan file's text, an Excel formula, or a formula for people.</summary>
/// <remarks>
/// One printer, configured per dialect, as HyperFormula's single unparser is: the dialects differ in spelling (signs,
/// spaces, numbers, names, function names) and in one rule of grammar, never in the tree they print. Names and labels
/// are given per use (<see cref="WithNames"/>), since they come from the plan being printed.
/// </remarks>
public sealed record FormulaDialect
{
    /// <summary>The plan file's text: <c>orders * unit_price</c>, names quoted when they are not bare words.</summary>
    public static FormulaDialect PlanFile { get; } = new()
    {
        Operators = [" + ", " - ", " * ", " / ", " ^ "],
        Minus = "-",
        ArgumentSeparator = ", ",
        Number = v => v.ToString(CultureInfo.InvariantCulture),
        Name = Identifier.Quote,
    };

    /// <summary>For people: <c>新規受注数 × 平均受注単価</c> (give the labels with <see cref="WithNames"/>), numbers with thousands separators.</summary>
    public static FormulaDialect Display { get; } = new()
    {
        Operators = [" + ", " − ", " × ", " ÷ ", " ^ "],
        Minus = "−",
        ArgumentSeparator = ", ",
        Number = v => Math.Round(v, 2) == v ? Formatter.Plain(v) : v.ToString(CultureInfo.InvariantCulture),
        Name = id => id,
    };

    /// <summary>
    /// For people to read and type back: <c>新規受注数 × 平均受注単価</c> (give the words with <see cref="WithNames"/>, e.g.
    /// <see cref="Ippon.Plans.MetricNames.Write"/>), numbers as the parser reads them (no thousands separators), so what
    /// a formula box shows parses to the same formula.
    /// </summary>
    public static FormulaDialect Typed { get; } = PlanFile with { Operators = [" + ", " - ", " × ", " ÷ ", " ^ "] }; // the plan file's, with × and ÷

    /// <summary>An Excel formula without the leading <c>=</c>: <c>deals*win_rate</c>, <c>AVERAGE(a,b)</c>, <c>-INT(-(a/b))</c> for <c>ceil(a / b)</c> (give the defined names with <see cref="WithNames"/>).</summary>
    /// <remarks>Excel binds a minus tighter than <c>^</c> (<c>-2^2</c> is 4) and reads <c>^</c> left to right; Ippon does neither, so the operands of <c>^</c> and of a minus are parenthesised unless they are atoms.</remarks>
    public static FormulaDialect Excel { get; } = new()
    {
        Operators = ["+", "-", "*", "/", "^"],
        Minus = "-",
        ArgumentSeparator = ",",
        Number = ExcelNumber,
        Name = id => id,
        MinusBindsTighterThanPower = true,
        Rewrite = ExcelCall,
    };

    /// <summary>The sign of each <see cref="BinaryOp"/>, in its order, with the spaces around it.</summary>
    public required ImmutableArray<string> Operators { get; init; }

    /// <summary>The sign of a negation.</summary>
    public required string Minus { get; init; }

    /// <summary>What separates a function's arguments.</summary>
    public required string ArgumentSeparator { get; init; }

    /// <summary>How a literal number is written.</summary>
    public required Func<decimal, string> Number { get; init; }

    /// <summary>How a metric reference is written (its id, its label, a defined name).</summary>
    public required Func<string, string> Name { get; init; }

    /// <summary>Excel's grammar: a minus binds tighter than <c>^</c>, and <c>^</c> reads left to right.</summary>
    public bool MinusBindsTighterThanPower { get; init; }

    /// <summary>A function call as this dialect has it (Excel's names and its missing <c>ceil</c>), or null to print the call as it is.</summary>
    public Func<Call, Expr?>? Rewrite { get; init; }

    /// <summary>This dialect with metric references written as <paramref name="name"/> gives them.</summary>
    public FormulaDialect WithNames(Func<string, string> name) => this with { Name = name };

    /// <summary>The sign of <paramref name="op"/> without spaces.</summary>
    public string Symbol(BinaryOp op) => Operators[(int)op].Trim();

    /// <summary>A number as Excel reads it: invariant, no exponent, negative numbers in parentheses.</summary>
    public static string ExcelNumber(decimal value)
    {
        var text = (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return value < 0 ? $"({text})" : text;
    }

    static Expr? ExcelCall(Call c) => c.Function.ToLowerInvariant() switch
    {
        "avg" => c with { Function = "AVERAGE" },
        "round" when c.Args.Length == 1 => c with { Function = "ROUND", Args = [c.Args[0], new Literal(0)] },
        "floor" => c with { Function = "INT" },
        // Ippon's ceil goes towards +∞ for negative numbers too, which ROUNDUP does not: ceil(x) = -INT(-x).
        "ceil" => new Unary(new Call("INT", [new Unary(c.Args[0])])),
        _ => c with { Function = c.Function.ToUpperInvariant() },
    };
}
