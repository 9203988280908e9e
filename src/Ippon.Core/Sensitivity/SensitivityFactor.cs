using Ippon.Plans;

namespace Ippon.Sensitivity;

/// <summary>One input moved both ways with every other input held at its planned value: the KGI at each end, and the elasticity at the plan.</summary>
/// <param name="Baseline">The input's planned value (its value, or its target for an input planned at its target; the members' mean for a rate over dimensions).</param>
/// <param name="Low">The input moved down by the step.</param>
/// <param name="High">The input moved up by the step (a ratio stops at 100%).</param>
/// <param name="KgiLow">The KGI's planned value with the input at <paramref name="Low"/>.</param>
/// <param name="KgiHigh">The KGI's planned value with the input at <paramref name="High"/>.</param>
/// <param name="Elasticity">% change of the KGI per % change of the input at the plan (0.4: +1% → +0.4%); null when the KGI or the input is 0.</param>
public sealed record SensitivityFactor(Metric Metric, decimal Baseline, decimal Low, decimal High, decimal KgiBaseline, decimal? KgiLow, decimal? KgiHigh, decimal? Elasticity)
{
    public string Id => Metric.Id;

    /// <summary>KGI at the low end − the KGI's plan.</summary>
    public decimal? EffectLow => KgiLow - KgiBaseline;

    /// <summary>KGI at the high end − the KGI's plan.</summary>
    public decimal? EffectHigh => KgiHigh - KgiBaseline;

    /// <summary>The width of the tornado bar: |KGI high − KGI low|; what the ranking sorts by.</summary>
    public decimal Swing => KgiHigh is { } h && KgiLow is { } l ? Math.Abs(h - l) : 0m;
}
