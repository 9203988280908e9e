using Ippon.Numbers;

namespace Ippon.Plans;

/// <summary>What in a plan names a metric: formulas, actions, scenarios, the <c>crm:</c> mapping, allocations, dimension CSV columns.</summary>
/// <remarks>
/// The one answer to "can this metric go?": a plan whose parts name a metric that is gone does not reopen, so a
/// removal either is refused with this list or takes the removable references with it in the same change
/// (<see cref="WithoutMetric"/>). Formulas and actions' <c>drives:</c> are never removed for the user (nor a dimension
/// CSV's column, which is in a file outside the plan): what they
/// would compute without the metric is the user's decision.
/// </remarks>
public static class PlanReferences
{
    /// <summary>One place that names a metric; <see cref="Removable"/> when removing the metric can take it along.</summary>
    /// <param name="Kind"><c>formula</c>, <c>action</c>, <c>scenario</c>, <c>crm</c>, <c>allocation</c> or <c>dimension</c> (a CSV column).</param>
    /// <param name="Subject">The id of the metric, action or scenario (or the crm stage) holding the reference.</param>
    public sealed record Reference(string Kind, string Subject, Message Text, bool Removable);

    /// <summary>Every place in <paramref name="plan"/> that names metric <paramref name="id"/>, in file order.</summary>
    public static IReadOnlyList<Reference> ToMetric(Plan plan, string id)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var list = new List<Reference>();
        var readers = plan.ReadersOf(id).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var m in plan.Metrics.Where(m => m.Id != id))
        {
            if (readers.Contains(m.Id) && m.Formula is not null)
                list.Add(new("formula", m.Id, new Message($"{m.Label} の式 ({m.Formula.Text})", $"the formula of {m.Label} ({m.Formula.Text})"), false));
            if (m.Allocation?.Metric == id)
                list.Add(new("allocation", m.Id, new Message($"{m.Label} の配分 (allocate)", $"the allocation of {m.Label}"), true));
        }
        foreach (var a in plan.ActionsDriving(id))
            list.Add(new("action", a.Id, new Message($"アクション {a.Label} (drives)", $"the action {a.Label} (drives)"), false));
        foreach (var s in plan.Scenarios.Where(s => s.Overrides.Any(o => o.Metric == id)))
        {
            // A scenario that overrides only this metric goes with it: a scenario of nothing cannot be written (or mean anything).
            var whole = s.Overrides.All(o => o.Metric == id);
            list.Add(new("scenario", s.Name, whole
                ? new Message($"シナリオ {s.Name} (この指標だけを変えるので、シナリオごと削除)", $"the scenario {s.Name} (it changes only this metric, so it goes too)")
                : new Message($"シナリオ {s.Name}", $"the scenario {s.Name}"), true));
        }
        // A dimension CSV's column is in a file the plan does not hold, so the removal cannot take it along.
        foreach (var c in plan.DimensionColumns.Where(c => c.Metric == id))
        {
            list.Add(new("dimension", c.Dimension, new Message($"次元 {c.Dimension} の CSV {c.File} の列 {c.Header}",
                $"the column {c.Header} of dimension {c.Dimension}'s CSV {c.File}"), false));
        }
        if (plan.Crm is { } crm)
        {
            foreach (var stage in crm.Stages.Where(s => s.Metrics.Contains(id)))
                list.Add(new("crm", stage.Name, new Message($"CRM のステージ {stage.Name}", $"the CRM stage {stage.Name}"), true));
            if (crm.AmountMetric == id)
                list.Add(new("crm", "amount", new Message("CRM の金額 (amount: to)", "the CRM amount (amount: to)"), true));
        }
        return list;
    }

    /// <summary>
    /// <paramref name="plan"/> without metric <paramref name="id"/> and without its removable references (scenario
    /// overrides, crm stages' entries and amount, allocations by it), or null when a formula, an action or a dimension CSV column still names it.
    /// </summary>
    public static Plan? WithoutMetric(Plan plan, string id)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (ToMetric(plan, id).Any(r => !r.Removable)) return null;
        var crm = plan.Crm;
        if (crm is not null)
        {
            crm = crm with { Stages = [.. crm.Stages.Select(s => s with { Metrics = [.. s.Metrics.Where(m => m != id)] })] };
            if (crm.AmountMetric == id) crm = crm with { AmountColumn = null, AmountMetric = null, AmountStages = [] };
        }
        return plan with
        {
            Metrics = [.. plan.Metrics.Where(m => m.Id != id).Select(m => m.Allocation?.Metric == id ? m with { Allocation = null } : m)],
            Scenarios = [.. plan.Scenarios.Select(s => s with { Overrides = [.. s.Overrides.Where(o => o.Metric != id)] }).Where(s => !s.Overrides.IsEmpty)],
            Crm = crm,
        };
    }
}
