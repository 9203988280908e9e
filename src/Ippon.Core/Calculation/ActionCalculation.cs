using Ippon.Checks;
using Ippon.Formulas;
using Ippon.Numbers;

namespace Ippon.Calculation;

/// <summary>Action volumes from the targets of the metrics they drive: ⌈target × share ÷ per_unit⌉, and their coverage.</summary>
/// <remarks>
/// Actions with an explicit volume count first; actions with a share take that share of the target; the others split
/// what is left evenly. For a metric over dimensions this happens member by member, and capacity is per member.
/// </remarks>
static class ActionCalculation
{
    public static List<ActionResult> Run(PlanModel model, IReadOnlyList<MetricResult> metrics, List<Finding> findings)
    {
        var results = model.Plan.Actions.Select(a =>
        {
            var d = model.IndexOf(a.Drives);
            return new ActionResult(a, d >= 0 ? model.Shapes[d].Size : 1);
        }).ToList();

        foreach (var group in results.GroupBy(r => r.Action.Drives))
        {
            var d = model.IndexOf(group.Key);
            if (d < 0) continue;
            var acts = group.ToList();
            var driven = metrics[d];
            foreach (var a in acts) a.VolumeSource = a.Action.Volume is null ? TargetSource.Derived : TargetSource.Explicit;
            if (!OutOfRange.Guard(findings, driven.Id, () => Volumes(acts, driven, findings)))
            {
                foreach (var a in acts)
                {
                    Array.Clear(a.Volumes);
                    Array.Clear(a.Coverages);
                    a.Coverage = null;
                }
            }
        }
        return results;
    }

    static void Volumes(List<ActionResult> acts, MetricResult driven, List<Finding> findings)
    {
        // What every cell shares (10,000 reps' cells): the volume the actions with a fixed volume produce, the shares,
        // and how many actions split the rest.
        decimal explicitProduced = 0, shares = 0;
        var rest = 0;
        foreach (var a in acts)
        {
            var action = a.Action;
            if (action.Volume is { } v)
            {
                if (action.PerUnit is { } pu) explicitProduced += v * pu;
            }
            else if (action.Share is { } s)
            {
                shares += s;
            }
            else
            {
                rest++;
            }
        }
        for (var k = 0; k < driven.Shape.Size; k++) Cell(acts, driven, k, explicitProduced, shares, rest, findings);
        foreach (var a in acts)
        {
            decimal produced = 0, needed = 0;
            var known = a.Action.PerUnit is not null;
            for (var k = 0; k < driven.Shape.Size && known; k++)
            {
                if (a.Volumes[k] is not { } v || driven.Targets[k] is not { } t)
                {
                    known = false;
                }
                else
                {
                    produced += v * a.Action.PerUnit!.Value;
                    needed += t;
                }
            }
            a.Coverage = known && needed > 0 ? produced / needed : null;
        }
    }

    static void Cell(List<ActionResult> acts, MetricResult driven, int k, decimal explicitProduced, decimal shares, int rest, List<Finding> findings)
    {
        var target = driven.Targets[k];
        foreach (var a in acts)
        {
            if (a.Action.Volume is { } v) a.Volumes[k] = v;
        }
        if (target is not { } t) return;
        var leftForRest = Math.Max(0, t - explicitProduced - (shares == 0 ? 0 : t * shares));
        foreach (var a in acts)
        {
            var action = a.Action;
            if (action.Volume is not null) continue;
            var need = action.Share is { } s ? t * s : rest == 1 ? leftForRest : leftForRest / rest;
            if (action.PerUnit is not { } perUnit) continue;
            if (perUnit == 0)
            {
                if (k == 0)
                {
                    findings.Add(new Finding(Rule.UnreachableTarget, action.Id, new Message(
                        $"{action.Label} の per_unit が 0 のため、{driven.Metric.Label} を何回行っても増やせません",
                        $"{action.Label} has per_unit 0: no volume of it produces any {driven.Metric.Label}")));
                }
                continue;
            }
            a.Volumes[k] = Arithmetic.CeilingWhole(need / perUnit);
        }
        foreach (var a in acts)
        {
            if (a.Volumes[k] is { } v && a.Action.PerUnit is { } pu && t > 0) a.Coverages[k] = v * pu / t;
        }
    }
}
