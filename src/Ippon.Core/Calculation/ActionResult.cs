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

    /// <summary>Volume ÷ capacity: 0.694 means 69% of the team's time.</summary>
    public decimal? Load => Volume is { } v && Capacity is { } c && c != 0 ? v / c : null;

    /// <summary>Volume per person per working day, when the capacity names people and days: 10,000 ÷ (4 × 240) ≈ 10.4 calls.</summary>
    public decimal? PerPersonPerDay =>
        Volume is { } v && Action.Capacity is { People: { } p, WorkingDays: { } d } && p * d != 0 ? v / (p * d) : null;

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
