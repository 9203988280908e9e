namespace Ippon.Calculation;

/// <summary>Which rule of the back-calculation produced a target.</summary>
public enum DerivationKind
{
    /// <summary>The parent is a sum and this input takes what the other inputs leave: 1億 − 6,000万 = 4,000万.</summary>
    Remainder,

    /// <summary>The parent is a sum and this input takes a share: in proportion to plans, evenly, or by weights.</summary>
    Share,

    /// <summary>The parent's formula was inverted exactly along the path to this input: 4,000万 ÷ 200万 = 20.</summary>
    Inverted,

    /// <summary>The parent's formula could not be inverted and was solved numerically.</summary>
    Numeric,
}
