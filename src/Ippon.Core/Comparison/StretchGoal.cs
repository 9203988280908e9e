namespace Ippon.Comparison;

/// <summary>A KPI next to its OKR stretch: the number that must be hit (base) and the one to try for (a scenario), and what the stretch does to the KGI.</summary>
/// <param name="MustHit">The base plan's target (or planned value when it has no target): 1,000 leads.</param>
/// <param name="TryFor">The scenario's number for the metric: 2,000 leads.</param>
/// <param name="KgiBase">The KGI's planned value in the base plan.</param>
/// <param name="KgiStretch">The KGI's planned value if the stretch is reached.</param>
public sealed record StretchGoal(string Scenario, string Metric, decimal? MustHit, decimal? TryFor, decimal? KgiBase, decimal? KgiStretch);
