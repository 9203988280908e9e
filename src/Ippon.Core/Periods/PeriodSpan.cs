namespace Ippon.Periods;

/// <summary>What a period label written by a user (Q2, M05, H1, 2026-07) covers in a horizon (read by <see cref="PeriodCalendar.Resolve"/>).</summary>
/// <param name="First">The period holding the label's first month.</param>
/// <param name="Last">The period holding the label's last month (the same as <paramref name="First"/> unless the label is coarser than the plan's periods).</param>
public sealed record PeriodSpan(Period First, Period Last)
{
    /// <summary>True when the label falls inside exactly one period (Q2, M05 or 2026-05 in a quarterly plan; not H1).</summary>
    public bool IsSinglePeriod => First.Index == Last.Index;

    /// <summary>The months the label covers, counted from the horizon's first month (Q1 = 0–2, M02 = 1, 2026-05 = 1).</summary>
    /// <remarks>What the label means, whatever its spelling: 2026-04, 2026/4, M1 and M01 all cover month 0.</remarks>
    public (int First, int Last) Months { get; init; }

    /// <summary>The one day a date label (2026-04-15) covers, or null for a month or a coarser label.</summary>
    public DateOnly? Day { get; init; }
}
