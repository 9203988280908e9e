namespace Ippon.Formulas.BackSolving;

/// <summary>How a lever's value was found.</summary>
public enum SolveMethod
{
    /// <summary>By inverting the formula along the path to the lever: no search, no rounding noise.</summary>
    Exact,

    /// <summary>By a numeric search (bisection), for formulas that cannot be inverted (min, round, a lever used twice).</summary>
    Numeric,
}
