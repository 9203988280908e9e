using Ippon.Checks;
using Ippon.Dimensions;

namespace Ippon.Calculation;

/// <summary>The plan as one member sees it (<c>ippon plan --member 田中</c>, the web page's rep line): each metric's slice, each action's volume and load, the member's findings.</summary>
public sealed record MemberLine(Dimension Dimension, int Member, IReadOnlyList<MemberLine.MetricLine> Metrics, IReadOnlyList<MemberLine.ActionLine> Actions, IReadOnlyList<Finding> Findings)
{
    /// <summary>A metric seen from the member; <see cref="OwnCell"/> is the member's single cell (−1 for a shared metric or several cells), whose derivation explains the target.</summary>
    public sealed record MetricLine(MemberSlice Slice, int OwnCell)
    {
        public MetricResult Metric => Slice.Metric;
    }

    /// <summary>An action on a metric the member has cells of: its volume for the member, and for a single cell the load against the (per member) capacity and the pace a person needs.</summary>
    public sealed record ActionLine(ActionResult Action, decimal? Volume, decimal? Load, decimal? Needed, bool OneCell)
    {
        public bool OverCapacity => Load > 1;
    }

    /// <summary>The member's name.</summary>
    public string Name => Dimension.Members[Member];

    /// <summary>The line of member <paramref name="member"/> of <paramref name="dimension"/> in <paramref name="result"/>.</summary>
    public static MemberLine Of(PlanResult result, Dimension dimension, int member)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(dimension);
        var metrics = result.Metrics.Select(m =>
        {
            var slice = MemberSlice.Of(m, dimension, member);
            return new MetricLine(slice, !slice.Shared && slice.Cells.Count == 1 ? slice.Cells[0] : -1);
        }).ToList();
        var actions = new List<ActionLine>();
        foreach (var a in result.Actions)
        {
            var driven = result.Metric(a.Action.Drives);
            if (driven is null) continue;
            var slice = MemberSlice.Of(driven, dimension, member);
            decimal? volume = slice.Cells.Count == 0 ? null : slice.Cells.Sum(k => a.Volumes[k] ?? 0);
            decimal? load = null, needed = null;
            var oneCell = slice.Cells.Count == 1;
            if (oneCell && volume is { } v && a.Action.Capacity is { } cap)
            {
                load = cap.Value is { } c && c != 0 ? v / c : null;
                needed = cap.Needed(v);
            }
            actions.Add(new ActionLine(a, volume, load, needed, oneCell));
        }
        var name = dimension.Members[member];
        var findings = result.Findings.Where(f => f.Member is not null && (f.Member == name || f.Member.Split('/').Contains(name))).ToList();
        return new MemberLine(dimension, member, metrics, actions, findings);
    }
}
