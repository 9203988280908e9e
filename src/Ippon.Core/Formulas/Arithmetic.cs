namespace Ippon.Formulas;

/// <summary>The exact (decimal) arithmetic every evaluator shares, with errors as values instead of exceptions.</summary>
public static class Arithmetic
{
    public static FormulaValue Add(decimal a, decimal b)
    {
        try { return a + b; }
        catch (OverflowException) { return FormulaValue.Fail(FormulaError.Overflow); }
    }

    public static FormulaValue Subtract(decimal a, decimal b)
    {
        try { return a - b; }
        catch (OverflowException) { return FormulaValue.Fail(FormulaError.Overflow); }
    }

    public static FormulaValue Multiply(decimal a, decimal b)
    {
        try { return a * b; }
        catch (OverflowException) { return FormulaValue.Fail(FormulaError.Overflow); }
    }

    public static FormulaValue Divide(decimal a, decimal b)
    {
        if (b == 0) return FormulaValue.Fail(FormulaError.DivByZero);
        try { return a / b; }
        catch (OverflowException) { return FormulaValue.Fail(FormulaError.Overflow); }
    }

    /// <summary>Raises to a power: exactly for whole exponents, through <see cref="Math.Pow"/> otherwise.</summary>
    /// <remarks>A fractional power of a decimal is rarely exact anyway; double carries 15-16 significant digits.</remarks>
    public static FormulaValue Power(decimal a, decimal b)
    {
        try
        {
            if (b == decimal.Truncate(b) && Math.Abs(b) <= 64)
            {
                var n = (int)Math.Abs(b);
                decimal result = 1, x = a;
                while (n > 0)
                {
                    if ((n & 1) == 1) result *= x;
                    n >>= 1;
                    if (n > 0) x *= x;
                }
                return b < 0 ? Divide(1, result) : result;
            }
            if (a < 0) return FormulaValue.Fail(FormulaError.Domain);
            if (a == 0) return b > 0 ? 0m : FormulaValue.Fail(FormulaError.DivByZero);
            var d = Math.Pow((double)a, (double)b);
            if (double.IsNaN(d)) return FormulaValue.Fail(FormulaError.Domain);
            if (double.IsInfinity(d) || Math.Abs(d) > 7.9e28) return FormulaValue.Fail(FormulaError.Overflow);
            return (decimal)d;
        }
        catch (OverflowException)
        {
            return FormulaValue.Fail(FormulaError.Overflow);
        }
    }

    /// <summary>Rounds up to a whole number, ignoring noise below 10^-12 so that 1340.0000000000001 stays 1340.</summary>
    /// <remarks>
    /// Decimal division such as 1/3*3 leaves noise in the 28th digit; a count that is "really" whole must not be
    /// pushed to the next unit by it. Any real excess (10^-12 or more) still rounds up.
    /// </remarks>
    public static decimal CeilingWhole(decimal value) => decimal.Ceiling(Math.Round(value, 12));

    /// <summary>Rounds down to a whole number with the same noise tolerance as <see cref="CeilingWhole"/>.</summary>
    public static decimal FloorWhole(decimal value) => decimal.Floor(Math.Round(value, 12));
}
