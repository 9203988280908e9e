using System.Diagnostics.Metrics;
using System.Globalization;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Files.Changes;

/// <summary>Which values changed between two plans: the inputs people edited, and the targets and volumes that moved as a result.</summary>
/// <remarks>
/// Beside the plan file code so that every shell can use it: the web app's save (scope, summary, audit), its history
/// and merge, and the CLI. Each input diff is counted on <see cref="Diffs"/> (meter <c>Ippon.Files</c>), as Core counts
/// calculations, so a benchmark or a test can see how many a save makes.
/// </remarks>
public static class PlanDiff
{
    /// <summary>The meter <see cref="Diffs"/> is reported on.</summary>
    public static readonly Meter Meter = new("Ippon.Files");

    /// <summary>Two plans compared input by input (<see cref="Inputs"/>).</summary>
    public static readonly Counter<long> Diffs = Meter.CreateCounter<long>("ippon.plan.diffs", description: "plan pairs diffed");

    /// <summary>The edited inputs, in plan order: values as the plan file writes them (20%, 200万円, 2027-03-31).</summary>
    public static List<Change> Inputs(Plan from, Plan to)
    {
        Diffs.Add(1);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<Change>();
        if (from.Title != to.Title) changes.Add(new Change("plan", to.Title, "title", from.Title, to.Title));
        if (from.Vision != to.Vision) changes.Add(new Change("plan", to.Title, "vision", from.Vision, to.Vision));
        // The plan's own settings, each edited in the page's 設定 tab or the guide: a draft changing only these is a change
        // to save (they were not compared, so 保存 stayed disabled after a horizon or CRM edit).
        Compare(changes, "plan", to.Title, "horizon", Horizon(from.Horizon), Horizon(to.Horizon));
        Compare(changes, "plan", to.Title, "phasing", Phasing(from.Phasing), Phasing(to.Phasing));
        Compare(changes, "plan", to.Title, "max_kpis_per_owner",
            from.Checks.MaxKpisPerOwner.ToString(CultureInfo.InvariantCulture), to.Checks.MaxKpisPerOwner.ToString(CultureInfo.InvariantCulture));
        Compare(changes, "plan", to.Title, "crm", Crm(from.Crm), Crm(to.Crm));
        Listed(changes, "plan", to.Title, "dimensions", Dimensions(from), Dimensions(to));
        foreach (var m in to.Metrics)
        {
            if (from.Find(m.Id) is not { } old)
            {
                changes.Add(new Change(m.Id, m.Label, "added", null, m.Formula?.Text ?? Number(m.Value ?? m.Target, m.Unit)));
                continue;
            }
            Compare(changes, m.Id, m.Label, "name", old.Name, m.Name);
            Compare(changes, m.Id, m.Label, "role", old.Role?.ToString().ToLowerInvariant(), m.Role?.ToString().ToLowerInvariant());
            Compare(changes, m.Id, m.Label, "formula", old.Formula?.Text, m.Formula?.Text);
            Compare(changes, m.Id, m.Label, "value", Number(old.Value, old.Unit), Number(m.Value, m.Unit));
            Compare(changes, m.Id, m.Label, "target", Number(old.Target, old.Unit), Number(m.Target, m.Unit));
            Compare(changes, m.Id, m.Label, "unit", old.Unit.Text, m.Unit.Text);
            Compare(changes, m.Id, m.Label, "owner", old.Owner, m.Owner);
            Compare(changes, m.Id, m.Label, "deadline", Date(old.Deadline), Date(m.Deadline));
            Compare(changes, m.Id, m.Label, "direction", old.Direction.ToString().ToLowerInvariant(), m.Direction.ToString().ToLowerInvariant());
            Compare(changes, m.Id, m.Label, "note", old.Note, m.Note);
            // Over regions and reps (the 設定 tab's members, a reps CSV): what the members' own numbers are.
            Compare(changes, m.Id, m.Label, "by", string.Join(", ", old.By), string.Join(", ", m.By));
            Listed(changes, m.Id, m.Label, "values", Members(old.MemberValues, old.Unit), Members(m.MemberValues, m.Unit));
            Listed(changes, m.Id, m.Label, "targets", Members(old.MemberTargets, old.Unit), Members(m.MemberTargets, m.Unit));
        }
        foreach (var m in from.Metrics.Where(m => to.Find(m.Id) is null))
            changes.Add(new Change(m.Id, m.Label, "removed", m.Formula?.Text ?? Number(m.Value ?? m.Target, m.Unit), null));
        foreach (var a in to.Actions)
        {
            if (from.FindAction(a.Id) is not { } old)
            {
                changes.Add(new Change(a.Id, a.Label, "added", null, a.Drives));
                continue;
            }
            Compare(changes, a.Id, a.Label, "name", old.Name, a.Name);
            Compare(changes, a.Id, a.Label, "owner", old.Owner, a.Owner);
            Compare(changes, a.Id, a.Label, "drives", old.Drives, a.Drives);
            Compare(changes, a.Id, a.Label, "per_unit", Number(old.PerUnit, null), Number(a.PerUnit, null));
            Compare(changes, a.Id, a.Label, "volume", Number(old.Volume, null), Number(a.Volume, null));
            Compare(changes, a.Id, a.Label, "share", Number(old.Share, Unit.Ratio), Number(a.Share, Unit.Ratio));
            Compare(changes, a.Id, a.Label, "due", Date(old.Due), Date(a.Due));
            Compare(changes, a.Id, a.Label, "capacity", Capacity(old.Capacity), Capacity(a.Capacity));
        }
        foreach (var a in from.Actions.Where(a => to.FindAction(a.Id) is null))
            changes.Add(new Change(a.Id, a.Label, "removed", a.Drives, null));
        var fromScenarios = from.Scenarios.ToDictionary(s => s.Name, Scenario);
        var toScenarios = to.Scenarios.ToDictionary(s => s.Name, Scenario);
        foreach (var name in fromScenarios.Keys.Union(toScenarios.Keys))
            Compare(changes, "scenario:" + name, name, "scenario", fromScenarios.GetValueOrDefault(name), toScenarios.GetValueOrDefault(name));
        return changes;
    }

    /// <summary>The calculated targets, planned values and action volumes that differ, formatted for <paramref name="language"/>.</summary>
    public static List<Change> Results(PlanResult from, PlanResult to, Language language)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<Change>();
        foreach (var m in to.Metrics)
        {
            if (from.Metric(m.Id) is not { } old) continue;
            var unit = m.Metric.Unit;
            if (old.Target != m.Target)
                changes.Add(new Change(m.Id, m.Metric.Label, "target", Formatter.Format(old.Target, old.Metric.Unit, language), Formatter.Format(m.Target, unit, language)));
            if (old.PlannedValue != m.PlannedValue)
                changes.Add(new Change(m.Id, m.Metric.Label, "planned", Formatter.Format(old.PlannedValue, old.Metric.Unit, language), Formatter.Format(m.PlannedValue, unit, language)));
        }
        foreach (var a in to.Actions)
        {
            if (from.Action(a.Id) is not { } old || old.Volume == a.Volume) continue;
            changes.Add(new Change(a.Id, a.Action.Label, "volume", Formatter.Format(old.Volume, old.Action.Unit, language), Formatter.Format(a.Volume, a.Action.Unit, language)));
        }
        return changes;
    }

    /// <summary>A one-line summary of the edited inputs for the version list: <c>win_rate value 20% → 15%; kpi_4 added</c>.</summary>
    public static string Summary(Plan from, Plan to) => Summary(Inputs(from, to));

    /// <summary>The one-line summary of <paramref name="changes"/> (<see cref="Inputs"/>'s list).</summary>
    public static string Summary(IReadOnlyList<Change> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return "変更なし / no change";
        var parts = changes.Take(12).Select(c => c.Field switch
        {
            "added" => $"+{c.Subject}",
            "removed" => $"−{c.Subject}",
            _ => $"{c.Subject} {c.Field} {c.From ?? "∅"} → {c.To ?? "∅"}",
        });
        var text = string.Join("; ", parts) + (changes.Count > 12 ? $"; … (+{changes.Count - 12})" : "");
        return text.Length > 1000 ? text[..1000] + "…" : text;
    }

    static void Compare(List<Change> changes, string subject, string label, string field, string? from, string? to)
    {
        if (from != to) changes.Add(new Change(subject, label, field, from, to));
    }

    // A list that may be long (10,000 reps): compared whole, shown clipped.
    static void Listed(List<Change> changes, string subject, string label, string field, string? from, string? to)
    {
        if (from != to) changes.Add(new Change(subject, label, field, Clip(from), Clip(to)));
    }

    static string? Clip(string? text) => text is { Length: > 200 } ? text[..200] + "…" : text;

    static string? Dimensions(Plan plan) => plan.Dimensions.IsEmpty ? null : string.Join("; ", plan.Dimensions.Select(d =>
        $"{d.Name}: " + string.Join(", ", d.Parent is null ? d.Members : d.Members.Select((x, i) => $"{x} ({d.Parent.Members[d.ParentOf[i]]})"))));

    static string? Members(System.Collections.Immutable.ImmutableDictionary<string, decimal> values, Unit unit) => values.Count == 0 ? null :
        string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {PlanWriter.Number(p.Value, unit)}"));

    static string? Number(decimal? value, Unit? unit) => value is { } v ? PlanWriter.Number(v, unit) : null;

    static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string? Capacity(Capacity? c) => c switch
    {
        null => null,
        { Total: { } t } => PlanWriter.Number(t, null),
        _ => $"{Number(c.People, null)} × {Number(c.PerPerson, null)} × {Number(c.Periods, null)} ({c.Per.ToString().ToLowerInvariant()})",
    };

    static string? Horizon(Horizon? h) =>
        h is null ? null : $"{Date(h.Start)} – {Date(h.End)} ({h.Period.ToString().ToLowerInvariant()})";

    static string? Phasing(IReadOnlyList<decimal> weights) =>
        weights.Count == 0 ? null : string.Join(", ", weights.Select(w => PlanWriter.Number(w, null)));

    /// <summary>The mapping as one line (stages, ignored stages, amount): a record's arrays compare by reference, its text by content.</summary>
    static string? Crm(CrmMapping? crm) => crm is null ? null :
        $"{crm.DateColumn}, {crm.StageColumn}: " +
        string.Join("; ", crm.Stages.Select(s => $"{s.Name} → {string.Join(", ", s.Metrics)}")) +
        (crm.Ignore.IsEmpty ? "" : $"; ignore {string.Join(", ", crm.Ignore)}") +
        (crm.AmountColumn is null ? "" : $"; {crm.AmountColumn} → {crm.AmountMetric} ({string.Join(", ", crm.AmountStages)})");

    static string Scenario(Scenario s) => string.Join(", ", s.Overrides.Select(o =>
        o.Value is { } v ? $"{o.Metric}={PlanWriter.Number(v, null)}" : $"{o.Metric} target={Number(o.Target, null)}"));
}
