using Ippon.Plans;

namespace Ippon.Optimize;

/// <summary>One action in the current and the optimal mix: 12 articles now, 24 at the optimum, their cost and hours.</summary>
public sealed record MixLine(ActionPlan Action, decimal Current, long? Optimal)
{
    public decimal CostPerUnit => Action.CostPerUnit ?? 0;

    public decimal HoursPerUnit => Action.HoursPerUnit ?? 0;

    public decimal CurrentCost => Current * CostPerUnit;

    public decimal? OptimalCost => Optimal * CostPerUnit;

    public decimal CurrentHours => Current * HoursPerUnit;

    public decimal? OptimalHours => Optimal * HoursPerUnit;
}
