using Ippon.Dimensions;

namespace Ippon.Calculation;

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

