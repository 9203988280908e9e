namespace Ippon.Formulas.Functions;

/// <summary>The built-in functions of the formula language, declared in one table.</summary>
public static class FunctionTable
{
    /// <summary>Every built-in function.</summary>
    public static readonly IReadOnlyList<Function> All =
    [
        new("sum", 1, int.MaxValue, FunctionKind.Aggregate, Sum),
        new("min", 1, int.MaxValue, FunctionKind.Aggregate, args => Reduce(args, Math.Min)),
        new("max", 1, int.MaxValue, FunctionKind.Aggregate, args => Reduce(args, Math.Max)),
        new("avg", 1, int.MaxValue, FunctionKind.Aggregate, Average),
        new("round", 1, 2, FunctionKind.Scalar, Round),
        new("ceil", 1, 1, FunctionKind.Scalar, args => decimal.Ceiling(args[0])),
        new("floor", 1, 1, FunctionKind.Scalar, args => decimal.Floor(args[0])),
        new("abs", 1, 1, FunctionKind.Scalar, args => Math.Abs(args[0])),
    ];

    /// <summary>The names, for messages: "sum, min, max, …".</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>The function called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Function? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    static FormulaValue Sum(ReadOnlySpan<decimal> args)
    {
        decimal total = 0;
        foreach (var a in args)
        {
            var r = Arithmetic.Add(total, a);
            if (r.IsError) return r;
            total = r.Value;
        }
        return total;
    }

    static FormulaValue Average(ReadOnlySpan<decimal> args)
    {
        var sum = Sum(args);
        return sum.IsError ? sum : Arithmetic.Divide(sum.Value, args.Length);
    }

    static FormulaValue Reduce(ReadOnlySpan<decimal> args, Func<decimal, decimal, decimal> f)
    {
        var acc = args[0];
        for (var i = 1; i < args.Length; i++) acc = f(acc, args[i]);
        return acc;
    }

    static FormulaValue Round(ReadOnlySpan<decimal> args)
    {
        var digits = args.Length > 1 ? args[1] : 0;
        if (digits != decimal.Truncate(digits) || digits < 0 || digits > 28) return FormulaValue.Fail(FormulaError.Domain);
        return Math.Round(args[0], (int)digits, MidpointRounding.AwayFromZero);
    }
}
