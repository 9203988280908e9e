namespace Ippon.Plans;

/// <summary>The family of a <see cref="Unit"/>.</summary>
public enum UnitKind
{
    /// <summary>A plain number with no rounding rule.</summary>
    Number,

    /// <summary>Whole things (deals, leads); derived targets are rounded up.</summary>
    Count,

    /// <summary>A fraction from 0 to 1, shown as a percentage.</summary>
    Ratio,

    /// <summary>Money in the currency of <see cref="Unit.Text"/>.</summary>
    Currency,

    /// <summary>Whole things counted in a word of their own (本, 人).</summary>
    Word,
}
