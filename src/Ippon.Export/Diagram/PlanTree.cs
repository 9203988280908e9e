using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Diagram;

/// <summary>Turns a calculated plan into the tree the diagram draws: the KGI at the top, then KSFs, KPIs and the actions.</summary>
/// <remarks>
/// A metric's children are the metrics its formula reads and the actions that drive it. Assumptions (a value, no role)
/// are not boxes of their own: they are named on the last line of the box they multiply into ("前提 受注率 20%"),
/// which keeps the tree narrow enough to print. A metric read by two formulas is drawn once; the second place gets a
/// small reference box. Metrics with a role that do not connect to the KGI become further roots beside it.
/// </remarks>
public static class PlanTree
{
    /// <summary>The roots of the diagram: the KGI first, then any unconnected KSF, KPI or formula.</summary>
    public static ImmutableArray<DiagramNode> Build(PlanResult result, Language language)
    {
        var shown = new HashSet<string>();
        var roots = ImmutableArray.CreateBuilder<DiagramNode>();
        if (result.Kgi is { } kgi) roots.Add(Metric(result, kgi, language, shown));
        foreach (var m in result.Metrics)
        {
            if (shown.Contains(m.Id) || Words.IsAssumption(m.Metric)) continue;
            if (m.Metric.Role is null && m.Metric.Formula is null) continue;
            if (IsReadByAnother(result, m.Id)) continue;
            roots.Add(Metric(result, m, language, shown));
        }
        // Whatever a cycle kept out of reach still gets a box.
        foreach (var m in result.Metrics.Where(m => m.Metric.Role is not null && !shown.Contains(m.Id)).ToList())
            if (!shown.Contains(m.Id)) roots.Add(Metric(result, m, language, shown));
        return roots.ToImmutable();
    }

    static bool IsReadByAnother(PlanResult result, string id) =>
        result.ReadersOf(id).Any();

    static DiagramNode Metric(PlanResult result, MetricResult m, Language l, HashSet<string> shown)
    {
        shown.Add(m.Id);
        var metric = m.Metric;
        var children = ImmutableArray.CreateBuilder<DiagramNode>();
        var assumptions = new List<string>();
        foreach (var id in metric.Formula?.References ?? [])
        {
            if (result.Metric(id) is not { } child) continue;
            if (Words.IsAssumption(child.Metric))
            {
                assumptions.Add($"{child.Metric.Label} {Formatter.Format(child.PlannedValue ?? child.Metric.Value, child.Metric.Unit, l)}");
                continue;
            }
            children.Add(shown.Contains(child.Id) ? Reference(child, l) : Metric(result, child, l, shown));
        }
        foreach (var a in result.ActionsDriving(m.Id)) children.Add(Action(result, a, l));

        var unit = metric.Unit;
        var lines = ImmutableArray.Create(
            $"{Words.Target(l)} {Formatter.Format(m.Target, unit, l)}",
            $"{Words.Planned(l)} {Formatter.Format(m.PlannedValue, unit, l)}");
        var note = assumptions.Count > 0
            ? l.T("前提 ", "at ") + string.Join(l.T("・", ", "), assumptions)
            : metric.Owner is { } owner ? $"{Words.Owner(l)} {owner}" : null;
        var kind = metric.Role switch
        {
            MetricRole.Kgi => BoxKind.Kgi,
            MetricRole.Ksf => BoxKind.Ksf,
            MetricRole.Kpi => BoxKind.Kpi,
            _ => BoxKind.Metric,
        };
        return new DiagramNode(m.Id, kind, metric.Label, PlanWords.Role(metric, l), lines, note, States.Of(result, m))
        {
            Children = children.ToImmutable(),
        };
    }

    static DiagramNode Reference(MetricResult m, Language l) =>
        new(m.Id, BoxKind.Reference, m.Metric.Label, "↑", [l.T("上に表示", "shown above")], null, State.None);

    static DiagramNode Action(PlanResult result, ActionResult a, Language l)
    {
        var action = a.Action;
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add($"{Words.Volume(l)} {Formatter.Format(a.Volume, action.Unit, l)}");
        lines.Add(a.Load is { } load
            ? $"{Words.Load(l)} {Formatter.Percent(load)} ({l.T("キャパ", "cap.")} {Formatter.Format(a.Capacity, action.Unit, l)})"
            : $"{Words.Load(l)} {l.T("キャパ未設定", "capacity unknown")}");
        var note = string.Join(l.T("・", ", "), new[]
        {
            action.Owner,
            action.Due is { } due ? due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(s => s is not null));
        return new DiagramNode(a.Id, BoxKind.Action, action.Label, Words.Action(l), lines.ToImmutable(), note.Length > 0 ? note : null, States.Of(result, a));
    }
}
