using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>An action after calculation: the volume it needs, how much of its metric it covers, and its load on the team.</summary>
public sealed class ActionResult
{
    internal ActionResult(ActionPlan action, int size)
    {
        Action = action;
        Volumes = new decimal?[size];
        Coverages = new decimal?[size];
    }

    public ActionPlan Action { get; }

    public string Id => Action.Id;

    /// <summary>Whether the volume was written in the plan or derived from the driven metric's target.</summary>
    public TargetSource? VolumeSource { get; internal set; }

    /// <summary>The volume per cell of the driven metric (one cell unless it varies over dimensions).</summary>
    public decimal?[] Volumes { get; }

    /// <summary>The share of the driven metric's target each cell's volume produces.</summary>
    public decimal?[] Coverages { get; }

    /// <summary>The total volume: 10,000 calls.</summary>
    public decimal? Volume => Sum(Volumes);

    /// <summary>Volume × per_unit ÷ the driven metric's target (1.0 = exactly covered).</summary>
    public decimal? Coverage { get; internal set; }

    /// <summary>How much the team can do: 14,400 calls.</summary>
    public decimal? Capacity => Action.Capacity?.Value;

    /// <summary>The volume that weighs most on one team: the total, or for an action per member (rep), the largest member's.</summary>
    /// <remarks>An action on a metric over dimensions runs member by member, and its capacity is each member's.</remarks>
    public decimal? PeakVolume => Volumes.Length == 1 ? Volumes[0] : Volumes.Max();

    /// <summary>Volume ÷ capacity (the busiest member's, per member): 0.694 means 69% of the team's time.</summary>
    public decimal? Load => PeakVolume is { } v && Capacity is { } c && c != 0 ? v / c : null;

    /// <summary>The pace the volume needs per person per day, week or month (<see cref="Capacity.Per"/>): 10,000 ÷ (4 × 240) ≈ 10.4 calls a day.</summary>
    public decimal? PerPersonNeeded => PeakVolume is { } v ? Action.Capacity?.Needed(v) : null;

    /// <summary><see cref="PerPersonNeeded"/> when the pace is daily, as the contract's capacity is written.</summary>
    public decimal? PerPersonPerDay => Action.Capacity?.Per == CapacityPeriod.Day ? PerPersonNeeded : null;

    static decimal? Sum(decimal?[] cells)
    {
        decimal total = 0;
        foreach (var c in cells)
        {
            if (c is null) return null;
            total += c.Value;
        }
        return total;
    }
}
