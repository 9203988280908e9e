using System.Collections.Immutable;
using Ippon.Calculation;

namespace Ippon.Sensitivity;

/// <summary>The inputs of a plan ranked by how much the KGI moves when each one moves by <see cref="Step"/>: the data of a tornado chart.</summary>
public sealed record SensitivityResult(PlanResult Baseline, decimal Step, ImmutableArray<SensitivityFactor> Factors)
{
    /// <summary>The KGI, or null when the plan has no single KGI (then there are no factors).</summary>
    public MetricResult? Kgi => Baseline.Kgi;
}
