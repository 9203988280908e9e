using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;

namespace Ippon.Checks;

/// <summary>The checks of shared capacity: a team's actions together against its hours, and each action's min and max.</summary>
/// <remarks>
/// Two actions can each fit their own capacity and together not fit the people who do both; the finding names the
/// team, its actions and each one's share of the load, so the manager sees which action to trim.
/// </remarks>
static class TeamChecks
{
    public static void Run(PlanModel model, IReadOnlyList<ActionResult> actions, ImmutableArray<TeamLoad> teams, List<Finding> findings)
    {
        foreach (var a in actions)
        {
            var action = a.Action;
            if (action.Team is not null && action.HoursPerUnit is null)
            {
                findings.Add(new Finding(Rule.CapacityUnknown, action.Id, new Message(
                    $"{action.Label} はチーム {action.Team} の時間を使いますが、1単位あたりの時間 (hours_per_unit) がないため負荷を判断できません",
                    $"{action.Label} uses the hours of team {action.Team} but has no hours_per_unit, so its load cannot be judged")));
            }
            Bounds(a, findings);
        }
        foreach (var t in teams) Team(t, findings);
    }

    static void Bounds(ActionResult a, List<Finding> findings)
    {
        var action = a.Action;
        if (a.Volume is not { } v) return;
        var unit = action.Unit;
        if (action.Max is { } max && v > max)
        {
            findings.Add(new Finding(Rule.VolumeOutOfBounds, action.Id, new Message(l => l.T($"{action.Label} は {Formatter.Format(v, unit, l)} 必要ですが、上限 (max) は {Formatter.Format(max, unit, l)} です。他のアクションに振り分けるか (ippon optimize)、目標か率を見直してください", $"{action.Label} needs {Formatter.Format(v, unit, l)} but its max is {Formatter.Format(max, unit, l)}; move volume to other actions (ippon optimize) or revise the target or rates"))));
        }
        // A derived volume below the minimum only means the minimum overshoots; a written one breaks the bound.
        if (action.Min is { } min && v < min && a.VolumeSource == TargetSource.Explicit)
        {
            findings.Add(new Finding(Rule.VolumeOutOfBounds, action.Id, new Message(l => l.T($"{action.Label} の量 {Formatter.Format(v, unit, l)} が下限 (min) {Formatter.Format(min, unit, l)} を下回っています", $"{action.Label} has volume {Formatter.Format(v, unit, l)}, below its min {Formatter.Format(min, unit, l)}"))));
        }
    }

    static void Team(TeamLoad t, List<Finding> findings)
    {
        if (t.Hours is not { } hours || t.Available is not { } available || hours <= available) return;
        var team = t.Team;
        var parts = t.Parts.Where(p => p.Hours > 0).ToList();
        var extra = hours - available;
        var perPerson = team.HoursPerPerson;
        findings.Add(new Finding(Rule.OverCapacity, team.Id, new Message(l =>
        {
            var list = string.Join(l.T("、", ", "), parts.Select(p =>
                $"{p.Action.Action.Label} {Formatter.Hours(p.Hours!.Value, l)} ({Formatter.Percent(p.Hours!.Value / hours)})"));
            var people = perPerson is { } pp && pp > 0 ? extra / pp : (decimal?)null;
            var add = people is { } n
                ? l.T($"{Formatter.Pace(n)}人 (≒{Formatter.Plain(decimal.Ceiling(decimal.Round(n, 12)))}人) 増やすか", $"add {Formatter.Pace(n)} people (≈{Formatter.Plain(decimal.Ceiling(decimal.Round(n, 12)))}) or")
                : l.T($"{Formatter.Hours(extra, l)} 増やすか", $"add {Formatter.Hours(extra, l)} or");
            var daily = t.HoursPerPersonPerDay is { } d && team.HoursPerDay is { } hd
                ? l.T($"1人1日 {Formatter.Pace(d)}時間 (使える時間 {Formatter.Plain(hd)}時間)。", $" That is {Formatter.Pace(d)} h per person a day ({Formatter.Plain(hd)} h available).")
                : "";
            return l.T($"{team.Label} のアクションは合計 {Formatter.Hours(hours, l)} 必要ですが、使える時間は {Formatter.Hours(available, l)} です ({Formatter.Percent(hours / available)})。内訳: {list}。{daily}人員を {add}、量を他のチームに移すか、目標か率を見直してください (ippon optimize が最小の修正を示します)", $"the actions of {team.Label} need {Formatter.Hours(hours, l)} together but the team has {Formatter.Hours(available, l)} ({Formatter.Percent(hours / available)}): {list}.{daily} {char.ToUpperInvariant(add[0])}{add[1..]} move volume to another team, or revise the target or rates (ippon optimize shows the smallest fix)");
        })));
    }
}
