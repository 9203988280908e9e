namespace Ippon.Formulas.Evaluation;

/// <summary>One cell read as another value during a single evaluation: how the back-solver tries a candidate.</summary>
/// <remarks>The default value overrides nothing (metric -1).</remarks>
public readonly record struct Override(int Metric, int Cell, decimal Value)
{
    public static Override None => new(-1, -1, 0);
}
