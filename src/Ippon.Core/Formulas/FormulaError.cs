namespace Ippon.Formulas;

/// <summary>Why a formula has no value. User mistakes are values of this type; exceptions mean bugs.</summary>
public enum FormulaError
{
    /// <summary>No error: the value is good.</summary>
    None,

    /// <summary>A division by zero.</summary>
    DivByZero,

    /// <summary>A result too large for exact arithmetic (beyond about 7.9×10^28).</summary>
    Overflow,

    /// <summary>An input has no value yet (no <c>value</c> and no target to plan it at).</summary>
    Missing,

    /// <summary>A reference to an id that does not exist.</summary>
    Ref,

    /// <summary>A metric that depends on itself.</summary>
    Cycle,

    /// <summary>An argument outside a function's domain, such as a negative base with a fractional power.</summary>
    Domain,
}
