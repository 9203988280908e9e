namespace Ippon.Calculation;

/// <summary>Which SMART criteria a goal meets: Specific, Measurable, Achievable, Relevant, Time-bound.</summary>
/// <param name="Specific">It has a name and a unit: what exactly is counted.</param>
/// <param name="Measurable">It has a numeric target (written or back-calculated).</param>
/// <param name="Achievable">No error concerns it, its plan meets its target, and its actions fit their capacity.</param>
/// <param name="Relevant">It connects to the KGI through formulas.</param>
/// <param name="TimeBound">It has a deadline, its own or the KGI's.</param>
public sealed record Smart(bool Specific, bool Measurable, bool Achievable, bool Relevant, bool TimeBound)
{
    /// <summary>The letters that hold, with a dot for each that does not: <c>SMA·T</c>.</summary>
    public string Letters => $"{(Specific ? 'S' : '·')}{(Measurable ? 'M' : '·')}{(Achievable ? 'A' : '·')}{(Relevant ? 'R' : '·')}{(TimeBound ? 'T' : '·')}";

    /// <summary>True when all five hold.</summary>
    public bool All => Specific && Measurable && Achievable && Relevant && TimeBound;
}
