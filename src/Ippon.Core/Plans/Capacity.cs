namespace Ippon.Plans;

/// <summary>How much of an action a team can do by its due date: a plain number, or people × per person per day × working days.</summary>
public sealed record Capacity
{
    /// <summary>A capacity given as one number.</summary>
    public static Capacity Of(decimal total) => new() { Total = total };

    /// <summary>A capacity from the team's size and pace.</summary>
    public static Capacity Of(decimal people, decimal perPersonPerDay, decimal workingDays) =>
        new() { People = people, PerPersonPerDay = perPersonPerDay, WorkingDays = workingDays };

    public decimal? People { get; init; }

    public decimal? PerPersonPerDay { get; init; }

    public decimal? WorkingDays { get; init; }

    /// <summary>The capacity as one number, when given that way.</summary>
    public decimal? Total { get; init; }

    /// <summary>How many units of the action can be done: <see cref="Total"/> or the product of its parts.</summary>
    public decimal? Value => Total ?? (People * PerPersonPerDay * WorkingDays);
}
