using System.Diagnostics.CodeAnalysis;
using Ippon.Numbers;

namespace Ippon.Periods;

/// <summary>What a period label written by a user (Q2, M05, H1, 2026-07) covers in a horizon, or why it is not usable.</summary>
/// <param name="First">The period holding the label's first month.</param>
/// <param name="Last">The period holding the label's last month (the same as <paramref name="First"/> unless the label is coarser than the plan's periods).</param>
public sealed record PeriodSpan(Period? First, Period? Last, Message? Error)
{
    /// <summary>True when the label lies inside the horizon.</summary>
    [MemberNotNullWhen(true, nameof(First), nameof(Last))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>True when the label falls inside exactly one period (Q2, M05 or 2026-05 in a quarterly plan; not H1).</summary>
    public bool IsSinglePeriod => Success && First.Index == Last.Index;

    internal static PeriodSpan Fail(Message error) => new(null, null, error);
}
