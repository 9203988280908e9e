using Ippon.Calculation;
using Ippon.Export.Diagram;

namespace Ippon.Export;

/// <summary>The order in which documents list metrics: down the tree from the KGI (depth first), then the rest in file order.</summary>
public static class PlanOrder
{
    /// <summary>Every metric once, tree order first.</summary>
    public static IReadOnlyList<MetricResult> Metrics(PlanResult result, IEnumerable<DiagramNode> roots)
    {
        var seen = new HashSet<string>();
        var list = new List<MetricResult>();
        void Walk(DiagramNode n)
        {
            if (n.Kind is not (BoxKind.Action or BoxKind.Reference) && seen.Add(n.Id) && result.Metric(n.Id) is { } m) list.Add(m);
            foreach (var c in n.Children) Walk(c);
        }
        foreach (var r in roots) Walk(r);
        list.AddRange(result.Metrics.Where(m => !seen.Contains(m.Id)));
        return list;
    }

    /// <summary>The depth of each metric below the KGI (the KGI is 0) as drawn in the tree; metrics off the tree are absent.</summary>
    public static IReadOnlyDictionary<string, int> Depths(IEnumerable<DiagramNode> roots)
    {
        var depths = new Dictionary<string, int>();
        void Walk(DiagramNode n, int d)
        {
            if (n.Kind is not (BoxKind.Action or BoxKind.Reference)) depths.TryAdd(n.Id, d);
            foreach (var c in n.Children) Walk(c, d + 1);
        }
        foreach (var r in roots) Walk(r, 0);
        return depths;
    }
}
