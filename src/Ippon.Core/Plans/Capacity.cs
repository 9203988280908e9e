namespace Ippon.Plans;

/// <summary>How much of an action a team can do by its due date: a plain number, or people × pace × time (days, weeks or months).</summary>
/// <example>4 people × 15 calls a day × 240 working days = 14,400 calls; 8 reps × 3 quotes a week × 4 weeks = 96 quotes.</example>
public sealed record Capacity
{
    /// <summary>A capacity given as one number.</summary>
    public static Capacity Of(decimal total) => new() { Total = total };

    /// <summary>A capacity from the team's size and daily pace.</summary>
    public static Capacity Of(decimal people, decimal perPersonPerDay, decimal workingDays) =>
        new() { People = people, PerPerson = perPersonPerDay, Periods = workingDays, Per = CapacityPeriod.Day };

    public decimal? People { get; init; }

    /// <summary>How many units one person can do per <see cref="Per"/>.</summary>
    public decimal? PerPerson { get; init; }

    /// <summary>How many days, weeks or months the action runs.</summary>
    public decimal? Periods { get; init; }

    /// <summary>The unit of <see cref="PerPerson"/> and <see cref="Periods"/>.</summary>
    public CapacityPeriod Per { get; init; } = CapacityPeriod.Day;

    /// <summary>The capacity as one number, when given that way.</summary>
    public decimal? Total { get; init; }

    /// <summary>Per person per day, when the pace is daily (the contract's per_person_per_day).</summary>
    public decimal? PerPersonPerDay => Per == CapacityPeriod.Day ? PerPerson : null;

    /// <summary>Working days, when the pace is daily (the contract's working_days).</summary>
    public decimal? WorkingDays => Per == CapacityPeriod.Day ? Periods : null;

    /// <summary>How many units of the action can be done: <see cref="Total"/> or the product of its parts.</summary>
    public decimal? Value => Total ?? (People * PerPerson * Periods);

    /// <summary>The pace a volume needs: volume ÷ (people × periods), e.g. 714 visits ÷ (8 reps × 20 days) = 4.4625 a day.</summary>
    public decimal? Needed(decimal volume) => People is { } p && Periods is { } n && p * n != 0 ? volume / (p * n) : null;
}
