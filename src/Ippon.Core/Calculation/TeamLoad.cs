using System.Collections.Immutable;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>A team's load: the hours all its actions need against the hours it has, and each action's share.</summary>
/// <example>営業部: 架電 10,000 × 0.1 h + 訪問 300 × 2 h = 1,600 h of 1,920 h (83%); 架電 62.5%, 訪問 37.5% of the load.</example>
public sealed class TeamLoad
{
    internal TeamLoad(Team team, ImmutableArray<TeamLoadPart> parts)
    {
        Team = team;
        Parts = parts;
        Hours = parts.All(p => p.Hours is not null) ? parts.Sum(p => p.Hours!.Value) : null;
    }

    public Team Team { get; }

    public string Id => Team.Id;

    /// <summary>The team's actions in plan order, with the hours each needs.</summary>
    public ImmutableArray<TeamLoadPart> Parts { get; }

    /// <summary>The hours the actions need together (Σ volume × hours_per_unit); null when a volume or hours_per_unit is unknown.</summary>
    public decimal? Hours { get; }

    /// <summary>The hours the team has.</summary>
    public decimal? Available => Team.Hours;

    /// <summary>Needed ÷ available: 0.83 means 83% of the team's hours.</summary>
    public decimal? Load => Hours is { } h && Available is { } a && a != 0 ? h / a : null;

    /// <summary>The hours the actions need beyond what the team has (0 when they fit).</summary>
    public decimal? Shortfall => Hours is { } h && Available is { } a ? Math.Max(0, h - a) : null;

    /// <summary>The hours each person needs per day when the load is spread evenly: 1,600 h ÷ 4 people ÷ 240 days = 1.67 h.</summary>
    public decimal? HoursPerPersonPerDay =>
        Hours is { } h && Team.HeadCount is { } n && n > 0 && Team.WorkingDays is { } d && d > 0 ? h / n / d : null;

    /// <summary>How many people the needed hours take at one person's hours (1,600 h ÷ 480 h = 3.33 people).</summary>
    public decimal? PeopleNeeded => Hours is { } h && Team.HoursPerPerson is { } p && p > 0 ? h / p : null;

    /// <summary>The loads of the teams of <paramref name="plan"/>, from the actions' calculated volumes.</summary>
    public static ImmutableArray<TeamLoad> Of(Plan plan, IEnumerable<ActionResult> actions)
    {
        if (plan.Teams.IsEmpty) return [];
        var list = actions.ToList();
        return
        [
            .. plan.Teams.Select(team => new TeamLoad(team,
            [
                .. list.Where(a => a.Action.Team == team.Id).Select(a =>
                    new TeamLoadPart(a, a.Volume is { } v && a.Action.HoursPerUnit is { } h ? v * h : null)),
            ])),
        ];
    }
}
