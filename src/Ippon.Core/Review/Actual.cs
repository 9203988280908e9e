using Ippon.Plans;

namespace Ippon.Review;

/// <summary>One actual: a metric's value in one period of the horizon (400 leads in Q1), as read from an actuals file.</summary>
/// <param name="Period">The 0-based index of the period in the horizon.</param>
public sealed record Actual(string Metric, int Period, decimal Value)
{
    /// <summary>The member (東京/田中) of a metric over dimensions; null for the whole metric, which is all v1 reviews use.</summary>
    public string? Member { get; init; }

    /// <summary>The period as written in the file (2026-05 or Q1), for messages.</summary>
    public string? Label { get; init; }

    /// <summary>Where the value was written (line and column of the file), or null when it was aggregated from many rows.</summary>
    public SourceLocation? Location { get; init; }
}
