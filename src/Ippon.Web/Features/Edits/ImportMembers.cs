using System.Collections.Immutable;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Edits;

/// <summary>
/// A dimension's members from an uploaded CSV (the reps file, read by <see cref="MemberCsv"/> as the plan reader reads
/// <c>from: reps.csv</c>): the CSV's list becomes the dimension's, each metric column the members' values (or
/// <c>metric.target</c>, their targets). The result is shown before it goes into the draft: who is added, moved and
/// removed, and what goes with those removed.
/// </summary>
/// <remarks>
/// The members go into the plan file itself (<c>members:</c>, values under the metrics), not as a file beside it: a
/// stored plan is one text, and the CLI reads the downloaded file with the same numbers.
/// </remarks>
public static class ImportMembers
{
    /// <summary>What the import does: the plan after it, and the changes in words.</summary>
    public sealed record Preview(Plan Plan, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Moved,
        IReadOnlyList<MemberReferences.Reference> GoingWith, IReadOnlyList<Message> Columns);

    /// <summary>
    /// <paramref name="plan"/> with <paramref name="dimension"/>'s members (created, nested in
    /// <paramref name="parentDimension"/>, when the plan has none yet) as <paramref name="text"/> lists them; refused
    /// with every error (its line and column in the CSV), or naming what still uses a member the CSV leaves out.
    /// </summary>
    public static Outcome<Preview> Read(Plan plan, string dimension, string text, string file, string? parentDimension = null, IReadOnlyCollection<string>? actualsMembers = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var existing = plan.FindDimension(dimension);
        var parent = existing is not null ? existing.Parent : parentDimension is null ? null : plan.FindDimension(parentDimension);
        if (existing is null && parentDimension is not null && parent is null)
        {
            return Failure.Invalid(new FieldError("csv", new Message($"先に{EditDimensions.Word(parentDimension).In(Language.Ja)}を追加してください",
                $"add a {EditDimensions.Word(parentDimension).In(Language.En).ToLowerInvariant()} first")));
        }
        var parsed = MemberCsv.Parse(text, file, dimension, parent);
        if (!parsed.Success) return Failure.Invalid([.. parsed.Errors.Select(e => FieldError.From("csv", e))]);
        var table = parsed.Value!;
        var errors = new List<FieldError>();
        for (var i = 0; i < table.Members.Length; i++)
        {
            if (MemberReferences.Problem(table.Members[i]) is { } problem)
                errors.Add(new FieldError("csv", new Message($"'{NumberText.Clip(table.Members[i])}': {problem.In(Language.Ja)}", $"'{NumberText.Clip(table.Members[i])}': {problem.In(Language.En)}"), table.Cells[i].Line, table.Cells[i].Column));
        }
        foreach (var c in table.Columns)
        {
            var metric = plan.Find(c.Metric) ?? plan.Metrics.FirstOrDefault(m => m.Name == c.Metric);
            if (metric is null)
            {
                errors.Add(new FieldError("csv", new Message($"列 '{c.Header.Value}' の指標 '{c.Metric}' は計画にありません", $"column '{c.Header.Value}' names no metric '{c.Metric}' of the plan"), c.Header.Line, c.Header.Column));
            }
            else if (!metric.By.IsEmpty && !metric.By.SequenceEqual([dimension]))
            {
                errors.Add(new FieldError("csv", new Message($"列 '{c.Header.Value}': {metric.Label} は {string.Join("・", metric.By)} ごとの指標で、{dimension} ごとの値は入りません",
                    $"column '{c.Header.Value}': {metric.Label} varies over {string.Join(", ", metric.By)}, not {dimension}"), c.Header.Line, c.Header.Column));
            }
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);

        var entries = table.Members.Select((m, i) => new MemberReferences.Entry(m, parent?.Members[table.Parents[i]])).ToList();
        var before = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; existing is not null && i < existing.Count; i++) before[existing.Members[i]] = existing.Parent?.Members[existing.ParentOf[i]];
        var after = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var removed = before.Keys.Where(m => !after.Contains(m)).ToList();
        var going = removed.SelectMany(m => MemberReferences.ToMember(plan, dimension, m)).ToList();
        var held = going.Where(r => !r.Removable).ToList();
        if (held.Count > 0)
        {
            return Failure.Invalid(new FieldError("csv", new Message(
                $"CSV にない {string.Join("、", removed)} は {string.Join("、", held.Select(r => r.Text.In(Language.Ja)))} が使っているため外せません。CSV に残すか、先にそちらを変えてください",
                $"{string.Join(", ", removed)}, missing from the CSV, cannot go: {string.Join(", ", held.Select(r => r.Text.In(Language.En)))} use them; keep them in the CSV or change those first")));
        }
        var withActuals = removed.Where(m => actualsMembers?.Any(l => l == m || l.Split('/').Contains(m)) == true).ToList();
        if (withActuals.Count > 0)
        {
            return Failure.Invalid(new FieldError("csv", new Message(
                $"CSV にない {string.Join("、", withActuals)} には保存された実績があるため外せません。CSV に残してください",
                $"{string.Join(", ", withActuals)}, missing from the CSV, have stored actuals and cannot go; keep them in the CSV")));
        }

        var next = MemberReferences.Dropped(plan, dimension, removed.ToHashSet(StringComparer.Ordinal));
        next = next with
        {
            Dimensions = existing is null
                ? next.Dimensions.Add(parent is null ? new Ippon.Dimensions.Dimension(dimension, table.Members) : new Ippon.Dimensions.Dimension(dimension, table.Members, parent, table.Parents))
                : MemberReferences.Rebuild(next.Dimensions, dimension, _ => entries),
        };
        var columns = new List<Message>();
        var metrics = next.Metrics.ToBuilder();
        foreach (var c in table.Columns)
        {
            var i = 0;
            while (metrics[i].Id != c.Metric && metrics[i].Name != c.Metric) i++; // every column names a metric (checked above)
            var m = metrics[i];
            metrics[i] = c.Target
                ? m with { By = m.By.IsEmpty ? [dimension] : m.By, MemberTargets = c.Values.WithComparers(StringComparer.Ordinal) }
                : m with { By = m.By.IsEmpty ? [dimension] : m.By, MemberValues = c.Values.WithComparers(StringComparer.Ordinal) };
            columns.Add(c.Target
                ? new Message($"{m.Label} の目標 ({c.Values.Count} 件)", $"targets of {m.Label} ({c.Values.Count})")
                : new Message($"{m.Label} の値 ({c.Values.Count} 件)", $"values of {m.Label} ({c.Values.Count})"));
        }
        next = next with { Metrics = metrics.ToImmutable() };
        var check = PlanText.Check(next);
        if (!check.Ok) return check.Failure;
        var moved = entries.Where(e => before.TryGetValue(e.Name, out var was) && was != e.Parent).Select(e => $"{e.Name} ({before[e.Name]} → {e.Parent})").ToList();
        return new Preview(next, [.. entries.Select(e => e.Name).Where(m => !before.ContainsKey(m))], removed, moved, going, columns);
    }
}
