namespace Ippon.Plans;

/// <summary>One value a revision changed: the metric, which field, and from what to what.</summary>
public sealed record RevisionChange(string Metric, string Field, decimal? From, decimal? To);
