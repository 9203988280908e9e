using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Authoring;

/// <summary>
/// Splits a metric into the parts that add up to it (the KGI into its KSFs: 1億円 = 6,000万円 + 4,000万円): each
/// part takes an amount (6,000万) or a share (60%) of the whole, and the parts left empty share what remains.
/// </summary>
public static class SplitTarget
{
    /// <summary>One part: an existing metric's <see cref="Id"/> (null for a new one), its name, its amount or share (empty: the remainder) and owner.</summary>
    public sealed record Part(string? Id, string? Name, string? Amount, string? Owner);

    /// <summary>
    /// Each part's target: its amount, its share × <paramref name="total"/>, or for a part left empty an equal whole part of
    /// the remainder, the last empty part taking what is left (the remainder rule); with no empty part the amounts must add up to the total.
    /// </summary>
    public static Outcome<IReadOnlyList<decimal?>> Targets(decimal? total, IReadOnlyList<Part> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var errors = new List<FieldError>();
        var targets = new decimal?[parts.Count];
        var empty = new List<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var text = parts[i].Amount?.Trim() ?? "";
            var field = $"parts[{i}].amount";
            if (text.Length == 0)
            {
                empty.Add(i);
                continue;
            }
            if (!NumberText.TryParse(text, out var n) || n < 0)
            {
                errors.Add(new FieldError(field, new Message($"'{text}' は金額か割合として読めません。例: 6,000万, 60%", $"'{text}' is not an amount or a share; e.g. 60,000,000 or 60%")));
                continue;
            }
            if (IsShare(text))
            {
                if (total is null) errors.Add(new FieldError(field, new Message("割合で分けるには、先に全体の目標を決めてください", "set the whole's target before splitting it by shares")));
                else targets[i] = total.Value * n;
            }
            else
            {
                targets[i] = n;
            }
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        if (total is { } t)
        {
            var given = targets.Where(x => x is not null).Sum(x => x!.Value);
            if (empty.Count > 0)
            {
                var rest = t - given;
                if (rest < 0)
                {
                    return Failure.Invalid("parts", $"合計が全体を {Formatter.Plain(-rest)} 超えています。残りを受け持つ行に回せる分がありません",
                        $"the parts exceed the whole by {Formatter.Plain(-rest)}; nothing remains for the empty rows");
                }
                // Equal whole parts, the last empty row taking what division leaves, so the parts add up exactly.
                var each = decimal.Floor(rest / empty.Count);
                foreach (var i in empty) targets[i] = each;
                targets[empty[^1]] = rest - (each * (empty.Count - 1));
            }
            else if (given != t)
            {
                return Failure.Invalid("parts", $"合計 {Formatter.Plain(given)} が全体の目標 {Formatter.Plain(t)} と一致しません。1行を空欄にすると残りを受け持ちます",
                    $"the parts add up to {Formatter.Plain(given)}, not the whole's {Formatter.Plain(t)}; leave one row empty to take the remainder");
            }
        }
        return targets;
    }

    static bool IsShare(string text) => text.EndsWith('%') || text.EndsWith('％');

    /// <summary>
    /// <paramref name="parentId"/> = the sum of the parts, each part a metric of <paramref name="role"/> in the parent's
    /// unit with its target; parts no longer listed are removed (refused while something still names them).
    /// </summary>
    public static Outcome<Plan> Apply(Plan plan, string parentId, IReadOnlyList<Part> parts, string role = "ksf")
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(parts);
        var parent = plan.Find(parentId);
        if (parent is null) return Failure.NotFound($"metric {parentId}");
        var listed = parts.Where(p => !string.IsNullOrWhiteSpace(p.Name) || p.Id is not null).ToList();
        if (listed.Count == 0) return Failure.Invalid("parts", "分ける先を1つ以上入れてください", "give at least one part");
        var targets = Targets(parent.Target ?? (parent.Formula is null ? parent.Value : null), listed);
        if (!targets.Ok) return targets.Failure;
        var roleOf = role switch { "ksf" => MetricRole.Ksf, "kpi" => MetricRole.Kpi, _ => (MetricRole?)null };
        var errors = new List<FieldError>();
        var p = plan;
        var ids = new List<string>();
        for (var i = 0; i < listed.Count; i++)
        {
            var part = listed[i];
            var existing = part.Id is null ? null : p.Find(part.Id);
            var name = EditMetric.Text(part.Name ?? "", $"parts[{i}].name", errors);
            var owner = EditMetric.Text(part.Owner ?? "", $"parts[{i}].owner", errors);
            if (existing is null)
            {
                var id = AddMetric.NextId(p, role);
                existing = new Metric { Id = id, Unit = parent.Unit, Role = roleOf };
                p = p with { Metrics = p.Metrics.Add(existing) };
            }
            // A part nobody was named for is owned by whoever owns the whole, until someone is named.
            var m = existing with { Name = name, Owner = owner ?? existing.Owner ?? parent.Owner, Target = targets.Value[i], Value = null };
            // An input part keeps its target as its plan; a part already broken down keeps its formula.
            p = p with { Metrics = [.. p.Metrics.Select(x => x.Id == m.Id ? m : x)] };
            ids.Add(m.Id);
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        // The parent's formula names its parts as people do (既存顧客リピート売上 + 新規売上), so the plan file reads without ids.
        var words = MetricNames.Words(p.Metrics);
        var written = Formula.Parse(string.Join(" + ", ids.Select(id => MetricNames.WordFor(words, id, p.Find(id)!.Name))));
        var formula = MetricNames.Resolve(written.Value!, words);
        var dropped = parent.Formula?.References.Where(r => !ids.Contains(r)).ToList() ?? [];
        p = p with { Metrics = [.. p.Metrics.Select(x => x.Id == parentId ? x with { Formula = formula, Value = null } : x)] };
        foreach (var gone in dropped)
        {
            if (p.Find(gone) is null) continue;
            var removed = RemoveMetric.Apply(p, gone);
            if (!removed.Ok) return removed.Failure;
            p = removed.Value;
        }
        return PlanText.Check(p);
    }

    /// <summary>The parts <paramref name="parentId"/> is the sum of (its formula a + b + …), or empty.</summary>
    public static IReadOnlyList<Metric> PartsOf(Plan plan, string parentId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var parent = plan.Find(parentId);
        if (parent?.Formula is not { } f) return [];
        var text = f.Text.Replace(" ", "", StringComparison.Ordinal);
        var refs = f.References.ToList();
        // Only a plain sum of metrics is shown as parts; any other formula is edited as a formula.
        return text == string.Join("+", refs) ? [.. refs.Select(plan.Find).OfType<Metric>()] : [];
    }
}
