namespace Ippon.Periods;

/// <summary>One period of a plan's horizon: Q2 = 2026-07-01 to 2026-09-30 when the fiscal year starts in April.</summary>
/// <param name="Index">0-based position in the horizon.</param>
/// <param name="Label">The label counted from the horizon's start: Q1…Q4, M01…M12, H1/H2, Y1.</param>
/// <param name="FirstMonth">The period's first month, counted from the horizon's first month (0-based).</param>
/// <param name="Months">How many months it lasts (a partial last period is shorter).</param>
public sealed record Period(int Index, string Label, DateOnly Start, DateOnly End, int FirstMonth, int Months)
{
    /// <summary>The last month, counted from the horizon's first month.</summary>
    public int LastMonth => FirstMonth + Months - 1;

    public override string ToString() => Label;
}
