using Ippon.Calculation;
using Ippon.Plans;
using Ippon.Sensitivity;

namespace Ippon.Web.Features.Findings;

/// <summary>How much the KGI moves with a KPI: the widest swing (sensitivity analysis, ±step) of the KPI or of any input it is computed from; 0 when it does not connect to the KGI.</summary>
/// <param name="Through">The input whose swing it is (the KPI itself, or e.g. leads for deals = leads × deal_rate).</param>
public sealed record KpiImpact(Metric Kpi, decimal Swing, string? Through)
{
    /// <summary>The owner's KPIs, most impact first: the ranking to keep the ones that matter by (the method keeps three).</summary>
    public static List<KpiImpact> ForOwner(PlanResult result, SensitivityResult sensitivity, string owner)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sensitivity);
        var model = result.Model;
        var impacts = new List<KpiImpact>();
        foreach (var m in result.Metrics.Where(m => m.Metric.Role == MetricRole.Kpi && m.Metric.Owner == owner))
        {
            if (!m.ConnectedToKgi)
            {
                impacts.Add(new KpiImpact(m.Metric, 0, null));
                continue;
            }
            var upstream = Upstream(model, m.Index);
            var best = sensitivity.Factors.Where(f => upstream.Contains(model.IndexOf(f.Id))).MaxBy(f => f.Swing);
            impacts.Add(new KpiImpact(m.Metric, best?.Swing ?? 0, best?.Id));
        }
        return [.. impacts.OrderByDescending(i => i.Swing)];
    }

    // The metric and every metric its formula reads, directly or through other formulas.
    static HashSet<int> Upstream(PlanModel model, int start)
    {
        var seen = new HashSet<int> { start };
        var stack = new Stack<int>([start]);
        while (stack.Count > 0)
        {
            foreach (var i in model.Graph.Inputs(stack.Pop()))
                if (seen.Add(i)) stack.Push(i);
        }
        return seen;
    }
}
