using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>A team whose working hours several actions share: 営業部 = 4 people × 8 hours × 240 days = 7,680 hours.</summary>
/// <remarks>
/// Hours are given as people × hours per day × working days, or as one total. With <see cref="Members"/> the people
/// are those names (their count is the head count), and the load is also shown per person, split evenly.
/// </remarks>
public sealed record Team
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The head count; the number of <see cref="Members"/> when they are named.</summary>
    public decimal? People { get; init; }

    public decimal? HoursPerDay { get; init; }

    public decimal? WorkingDays { get; init; }

    /// <summary>The team's hours as one number, when given that way.</summary>
    public decimal? TotalHours { get; init; }

    /// <summary>The people by name (田中, 佐藤), when the plan names them.</summary>
    public ImmutableArray<string> Members { get; init; } = [];

    public SourceLocation? Location { get; init; }

    /// <summary>The display name: <see cref="Name"/>, or the id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name;

    /// <summary>The head count: <see cref="People"/>, or how many members are named.</summary>
    public decimal? HeadCount => People ?? (Members.IsEmpty ? null : Members.Length);

    /// <summary>The hours the team has: <see cref="TotalHours"/> or people × hours per day × working days.</summary>
    public decimal? Hours => TotalHours ?? HeadCount * HoursPerDay * WorkingDays;

    /// <summary>The hours one person has (hours per day × working days), or the total ÷ head count.</summary>
    public decimal? HoursPerPerson =>
        HoursPerDay is { } h && WorkingDays is { } d ? h * d
        : Hours is { } total && HeadCount is { } n && n > 0 ? total / n : null;
}
