namespace Ippon.Export.Diagram;

/// <summary>What a box of the tree diagram stands for; it sets the box's tag and accent.</summary>
public enum BoxKind
{
    Kgi,
    Ksf,
    Kpi,

    /// <summary>A metric without a role on the path (an intermediate formula, or an input planned at its target).</summary>
    Metric,

    /// <summary>An action plan that drives a metric.</summary>
    Action,

    /// <summary>A metric that appears a second time: a small pointer to the box where it is drawn.</summary>
    Reference,
}
