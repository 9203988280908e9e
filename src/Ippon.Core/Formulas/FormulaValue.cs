namespace Ippon.Formulas;

/// <summary>A computed number, or the <see cref="FormulaError"/> that stopped it.</summary>
/// <remarks>The default value is the number 0 with no error.</remarks>
public readonly record struct FormulaValue(decimal Value, FormulaError Error = FormulaError.None)
{
    /// <summary>True when the computation failed.</summary>
    public bool IsError => Error != FormulaError.None;

    /// <summary>The value, or null when there is an error.</summary>
    public decimal? ValueOrNull => IsError ? null : Value;

    public static FormulaValue Fail(FormulaError error) => new(0, error);

    public static implicit operator FormulaValue(decimal value) => new(value);

    public static FormulaValue FromDecimal(decimal value) => new(value);
}
