using System.Collections.Immutable;
using Ippon.Calculation;

namespace Ippon.Periods;

/// <summary>One metric's plan per period: its target and planned value split over the horizon, and the weights used.</summary>
/// <remarks>
/// A quantity's parts add up to its whole-horizon number (in whole units for counts). A quality metric (a rate, a unit
/// price) is not split: every period holds its value. Arrays are per period, in calendar order; null where unknown.
/// </remarks>
public sealed record MetricPeriods(MetricResult Metric, PhasingSource Source, ImmutableArray<decimal> Weights, ImmutableArray<decimal?> Targets, ImmutableArray<decimal?> Planned)
{
    public string Id => Metric.Id;

    /// <summary>True for a rate or unit price, which is not split over periods.</summary>
    public bool IsQuality => Source == PhasingSource.Constant;

    /// <summary>The planned value over periods 0…<paramref name="last"/>: their sum for a quantity, the value for a quality metric.</summary>
    public decimal? PlannedThrough(int last) => Through(Planned, last);

    /// <summary>The target over periods 0…<paramref name="last"/>: their sum for a quantity, the target for a quality metric.</summary>
    public decimal? TargetThrough(int last) => Through(Targets, last);

    decimal? Through(ImmutableArray<decimal?> parts, int last)
    {
        if (last < 0) return IsQuality ? parts.FirstOrDefault() : 0m;
        if (IsQuality) return parts[Math.Min(last, parts.Length - 1)];
        decimal total = 0;
        for (var i = 0; i <= last && i < parts.Length; i++)
        {
            if (parts[i] is not { } v) return null;
            total += v;
        }
        return total;
    }
}
