namespace Ippon.Plans;

/// <summary>Whether a metric counts volume (deals, leads) or measures quality (win rate, order value).</summary>
public enum MetricKind
{
    Quantity,
    Quality,
}
