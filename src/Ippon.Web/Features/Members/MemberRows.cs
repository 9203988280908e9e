using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Web.Features.Members;

/// <summary>
/// The members table of a plan over dimensions: one row per member of a dimension (each rep), with the goals' targets
/// and plans as the member sees them (<see cref="MemberSlice"/>), the highest action load and whether it is over capacity
/// (<see cref="MemberIssues"/>, the rule behind <c>ippon plan</c>'s table), and how the member's actuals to date stand
/// against their plan to date (<see cref="MemberProgress"/>, from their own review: "off track" and attainment).
/// </summary>
/// <remarks>Built once per calculation in one pass over each metric's cells: 10,000 reps cost 10,000 cells per metric.</remarks>
public sealed class MemberRows
{
    MemberRows(PlanResult result, Dimension dimension, Dimension? group, IReadOnlyList<MetricResult> goals, IReadOnlyList<Row> rows, IReadOnlyList<Total> totals)
    {
        Result = result;
        Dimension = dimension;
        Group = group;
        Goals = goals;
        Rows = rows;
        Totals = totals;
    }

    public PlanResult Result { get; }

    /// <summary>The dimension with one row per member (rep).</summary>
    public Dimension Dimension { get; }

    /// <summary>The dimension the members are grouped and totalled by (the rep's region), or null.</summary>
    public Dimension? Group { get; }

    /// <summary>The goals (KGI, KSF, KPI) that vary over the dimension, plan order.</summary>
    public IReadOnlyList<MetricResult> Goals { get; }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>One total per member of <see cref="Group"/> (each region), in its order.</summary>
    public IReadOnlyList<Total> Totals { get; }

    /// <summary>One member: its slice of each goal (same order as <see cref="Goals"/>), its highest action load, its plan's issues, and its actuals' progress (null: no actuals of its own).</summary>
    public sealed record Row(int Index, string Name, int Group, string? GroupName, MemberSlice[] Slices, decimal? Load, IReadOnlyList<MemberIssue> Issues, MemberProgress? Progress)
    {
        /// <summary>The member's actuals to date are behind their plan to date (their own review's KGI).</summary>
        public bool OffTrack => Progress?.Behind == true;

        public bool OverCapacity => Issues.Any(i => i.Kind == MemberIssueKind.OverCapacity);

        /// <summary>The worst of the actuals' shortfall (1 − attainment) and the overload, for sorting the members who need attention first.</summary>
        public decimal Severity => Math.Max(OffTrack && Attainment is { } a ? Math.Max(0, 1 - a) : 0,
            Issues.Where(i => i.Kind == MemberIssueKind.OverCapacity).Select(i => i.Severity).DefaultIfEmpty(0).Max());

        /// <summary>The member's actual to date ÷ plan to date (their own review's KGI), or null without actuals.</summary>
        public decimal? Attainment => Progress?.Attainment;
    }

    /// <summary>A group's (region's) totals: each goal's slice seen from the group (reps summed), and how many of its members are off track or over capacity.</summary>
    public sealed record Total(int Index, string Name, MemberSlice[] Slices, int Members, int OffTrack, int OverCapacity);

    /// <summary>The finest dimensions: those no other dimension nests in (reps, not regions).</summary>
    public static IEnumerable<Dimension> Finest(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Dimensions.Where(d => !plan.Dimensions.Any(o => ReferenceEquals(o.Parent, d)));
    }

    /// <summary>The rows of <paramref name="dimension"/>'s members in <paramref name="result"/>, grouped by the dimension's parent when it has one.</summary>
    /// <param name="progress">Each member's progress by name (<see cref="ReviewMember.Progress"/>); members not in it have no actuals of their own.</param>
    public static MemberRows Build(PlanResult result, Dimension dimension, IReadOnlyDictionary<string, MemberProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(dimension);
        var goals = result.Metrics.Where(m => m.Metric.Role is not null && m.Shape.Dims.Any(d => d.IsWithin(dimension) || dimension.IsWithin(d))).ToList();
        var slices = goals.Select(m => MemberSlice.All(m, dimension)).ToList();
        var issues = new List<MemberIssue>[dimension.Count];
        foreach (var issue in MemberIssues.Find(result))
        {
            var member = issue.MemberOf(dimension);
            if (member >= 0) (issues[member] ??= []).Add(issue);
        }
        var loads = new decimal?[dimension.Count];
        foreach (var a in result.Actions)
        {
            if (result.Metric(a.Action.Drives) is not { } driven || a.Capacity is not { } cap || cap == 0) continue;
            var cells = MemberSlice.All(driven, dimension);
            for (var i = 0; i < cells.Length; i++)
            {
                // The capacity is each member's: the load of a member with one cell is its volume over the capacity.
                if (cells[i].Shared || cells[i].Cells.Count != 1 || a.Volumes[cells[i].Cells[0]] is not { } v) continue;
                loads[i] = Math.Max(loads[i] ?? 0, v / cap);
            }
        }
        var group = dimension.Parent;
        var rows = new Row[dimension.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var g = group is null ? -1 : dimension.ParentOf[i];
            rows[i] = new Row(i, dimension.Members[i], g, g >= 0 ? group!.Members[g] : null,
                [.. slices.Select(s => s[i])], loads[i], (IReadOnlyList<MemberIssue>?)issues[i] ?? [],
                progress?.GetValueOrDefault(dimension.Members[i]));
        }
        var totals = new List<Total>();
        if (group is not null)
        {
            var groupSlices = goals.Select(m => MemberSlice.All(m, group)).ToList();
            for (var g = 0; g < group.Count; g++)
            {
                var members = rows.Where(r => r.Group == g).ToList();
                totals.Add(new Total(g, group.Members[g], [.. groupSlices.Select(s => s[g])], members.Count, members.Count(r => r.OffTrack), members.Count(r => r.OverCapacity)));
            }
        }
        return new MemberRows(result, dimension, group, goals, rows, totals);
    }
}
