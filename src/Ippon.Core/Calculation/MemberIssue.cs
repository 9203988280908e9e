using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>What is wrong with one member's cell: its plan falls short of its target, or an action exceeds its capacity.</summary>
public enum MemberIssueKind
{
    OffTrack,
    OverCapacity,
}

/// <summary>One member off track (a goal's plan short of its target) or over capacity (an action's volume above its capacity), with how bad it is.</summary>
/// <param name="Metric">The metric off track, or the metric the action drives.</param>
/// <param name="Action">The action over capacity, or null for a metric off track.</param>
/// <param name="Cell">The member's cell in <paramref name="Metric"/>'s shape.</param>
/// <param name="Severity">The shortfall as a share of the target, or the load above capacity (1.25 for 25% over): larger is worse.</param>
public sealed record MemberIssue(MemberIssueKind Kind, MetricResult Metric, ActionResult? Action, int Cell, decimal Severity)
{
    /// <summary>The member's label, such as <c>田中</c> or <c>東京/田中</c>.</summary>
    public string Member => Metric.Shape.Label(Cell);

    /// <summary>The action's volume in the member's cell (for <see cref="MemberIssueKind.OverCapacity"/>).</summary>
    public decimal? Volume => Action?.Volumes[Cell];

    /// <summary>The member of <paramref name="dimension"/> this issue belongs to (a rep's cell → the rep, or its region), or -1 when the metric does not vary over it or a finer one.</summary>
    public int MemberOf(Dimension dimension)
    {
        var shape = Metric.Shape;
        var coordinates = shape.Coordinates(Cell);
        for (var i = 0; i < shape.Dims.Length; i++)
        {
            if (shape.Dims[i].IsWithin(dimension)) return shape.Dims[i].MapTo(dimension, coordinates[i]);
        }
        return -1;
    }
}

/// <summary>The members of a plan over dimensions that are off track or over capacity: the rule behind <c>ippon plan</c>'s table and the web page's members filter.</summary>
public static class MemberIssues
{
    /// <summary>Every member cell of a goal whose plan falls short of its target (for <c>direction: down</c>, above it), and every member cell of an action whose volume exceeds its capacity.</summary>
    public static IReadOnlyList<MemberIssue> Find(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var issues = new List<MemberIssue>();
        foreach (var m in result.Metrics.Where(m => !m.Shape.IsScalar && m.Metric.Role is not null))
        {
            var down = m.Metric.Direction == Direction.Down;
            for (var k = 0; k < m.Shape.Size; k++)
            {
                if (m.Targets[k] is not { } t || m.Planned[k] is not { } p || t == 0) continue;
                var gap = (p - t) / Math.Abs(t);
                if (down ? gap <= 0 : gap >= 0) continue;
                issues.Add(new MemberIssue(MemberIssueKind.OffTrack, m, null, k, Math.Abs(gap)));
            }
        }
        foreach (var a in result.Actions)
        {
            var driven = result.Metric(a.Action.Drives);
            if (driven is null || driven.Shape.IsScalar || a.Capacity is not { } cap || cap == 0) continue;
            for (var k = 0; k < a.Volumes.Length; k++)
            {
                if (a.Volumes[k] is not { } v || v <= cap) continue;
                issues.Add(new MemberIssue(MemberIssueKind.OverCapacity, driven, a, k, ((v - cap) / cap) + 1));
            }
        }
        return issues;
    }
}
