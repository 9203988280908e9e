using Ippon.Calculation;
using Ippon.Plans;

namespace Ippon.Checks;

/// <summary>Judges the <see cref="State"/> of a metric or an action from its numbers and the findings about it.</summary>
/// <remarks>
/// The one rule for the colour of a box or a row: the web page's tree and every export (approval PDF/HTML, SVG/PNG,
/// Markdown) call it, so the page and the PDF cannot colour the same box differently.
/// </remarks>
public static class States
{
    /// <summary>Error when a finding of severity error concerns it; short when its plan misses its target; else ok.</summary>
    public static State Of(PlanResult result, MetricResult metric)
    {
        if (HasError(result, metric.Id)) return State.Error;
        if (metric.Target is not { } target) return State.None;
        if (metric.PlannedValue is not { } planned) return State.Error;
        var down = metric.Metric.Direction == Direction.Down;
        if (down ? planned > target : planned < target) return State.Behind;
        if (result.FindingsFor(metric.Id).Any(f => f.Rule == Rule.KpiNotCovered || f.Rule == Rule.TargetNotMet)) return State.Behind;
        return State.Ok;
    }

    /// <summary>Error when a finding of severity error concerns it; short when it covers less than its share; else ok.</summary>
    public static State Of(PlanResult result, ActionResult action)
    {
        if (HasError(result, action.Id)) return State.Error;
        if (action.Volume is null) return State.None;
        if (action.Load is > 1m) return State.Error;
        return State.Ok;
    }

    static bool HasError(PlanResult result, string id) => result.FindingsFor(id).Any(f => f.Severity == Severity.Error);
}
