namespace Ippon.Plans;

/// <summary>One change a scenario or <c>--set</c> makes: a new planned value, or a new target.</summary>
public sealed record ScenarioOverride(string Metric, decimal? Value, decimal? Target)
{
    /// <summary>The override a bare number means (<c>win_rate: 15%</c> in a scenario, <c>--set win_rate=15%</c>): a new target for a computed metric, a new planned value for an input.</summary>
    public static ScenarioOverride Of(Metric metric, decimal number)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Formula is null ? new ScenarioOverride(metric.Id, number, null) : new ScenarioOverride(metric.Id, null, number);
    }
}
