using Ippon.Plans;

namespace Ippon.Calculation;

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
