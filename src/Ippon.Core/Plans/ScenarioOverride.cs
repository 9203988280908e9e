namespace Ippon.Plans;

/// <summary>One change a scenario or <c>--set</c> makes: a new planned value, or a new target.</summary>
public sealed record ScenarioOverride(string Metric, decimal? Value, decimal? Target);
