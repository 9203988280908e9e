namespace Ippon.Periods;

/// <summary>Where a metric's split over the periods came from.</summary>
public enum PhasingSource
{
    /// <summary>Equal parts: neither the metric, its inputs nor the plan give weights.</summary>
    Even,

    /// <summary>The plan's top-level <c>phasing:</c>.</summary>
    Plan,

    /// <summary>The metric's own <c>phasing:</c>.</summary>
    Metric,

    /// <summary>Follows the metrics its formula reads: deals follow the ramp-up of leads.</summary>
    Inputs,

    /// <summary>Not split: a quality metric (a rate, a unit price) holds the same value in every period.</summary>
    Constant,
}
