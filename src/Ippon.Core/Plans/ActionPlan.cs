namespace Ippon.Plans;

/// <summary>A concrete activity that produces a metric: who, by when, how much.</summary>
public sealed record ActionPlan
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Owner { get; init; }

    /// <summary>The metric this action produces.</summary>
    public required string Drives { get; init; }

    /// <summary>Units of the driven metric produced by one unit of the action (1% = one deal per 100 calls).</summary>
    public decimal? PerUnit { get; init; }

    public DateOnly? Due { get; init; }

    public Capacity? Capacity { get; init; }

    /// <summary>An explicit volume; without it the volume is derived from the driven metric's target.</summary>
    public decimal? Volume { get; init; }

    /// <summary>The share of the driven metric's target this action takes, when several actions drive one metric.</summary>
    public decimal? Share { get; init; }

    /// <summary>The unit of the action's volume as people say it (回, 本, 件); count by default.</summary>
    public Unit Unit { get; init; } = Unit.Count;

    public string? Note { get; init; }

    /// <summary>The id of the <see cref="Plans.Team"/> whose hours this action uses, or null.</summary>
    public string? Team { get; init; }

    /// <summary>The hours one unit takes (a call 0.1 h, a visit 2 h, a webinar 40 h).</summary>
    public decimal? HoursPerUnit { get; init; }

    /// <summary>What one unit costs (an ad, a webinar's venue), in the plan's currency.</summary>
    public decimal? CostPerUnit { get; init; }

    /// <summary>The least volume the action must have (a contract, a habit), for the optimizer.</summary>
    public decimal? Min { get; init; }

    /// <summary>The most volume the action can have (12 webinars a year), for the optimizer and the checks.</summary>
    public decimal? Max { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>The display name: <see cref="Name"/>, or the id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}
