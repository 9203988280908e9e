using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Numbers;

namespace Ippon.Plans;

/// <summary>
/// What in a plan names a member of a dimension (a region, a rep): members nested in it, metrics' member values,
/// targets and allocation weights, teams' named people; and the plan with a member renamed, moved or removed.
/// </summary>
/// <remarks>
/// The one answer to "can this member go, or be renamed?", as <see cref="PlanReferences"/> is for metrics. Members are
/// named by cell labels (田中, or 東京/田中 over two dimensions), so a reference is found by the metric's shape: the
/// label's part at the dimension's position. Values, targets, weights and team places go with a removed member in the
/// same change; members nested in it (the reps of a region) never do: where they belong is the user's decision.
/// Actuals by member are not in the plan: the web's edit functions check them.
/// </remarks>
public static class MemberReferences
{
    /// <summary>The longest member name, in characters (a YAML key must stay far below 1,024).</summary>
    public const int MaxLength = 64;

    /// <summary>One place that names a member; <see cref="Removable"/> when removing the member can take it along.</summary>
    /// <param name="Kind"><c>member</c> (nested in it), <c>value</c>, <c>target</c>, <c>allocation</c> or <c>team</c>.</param>
    /// <param name="Subject">The nested member, the metric or the team.</param>
    public sealed record Reference(string Kind, string Subject, Message Text, bool Removable);

    /// <summary>Why <paramref name="name"/> cannot name a member, or null when it can.</summary>
    public static Message? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Trim().Length == 0) return new Message("名前を入れてください", "give a name");
        if (name.Length > MaxLength)
        {
            return new Message($"名前は {MaxLength} 文字以内にしてください ({name.Length:#,0} 文字あります)",
                $"a name has at most {MaxLength} characters ({name.Length:#,0} given)");
        }
        // A '/' joins the members of two dimensions in a label (東京/田中): a name holding one would read as two.
        if (name.Contains('/', StringComparison.Ordinal)) return new Message("名前に / は使えません (東京/田中 のように次元を区切る記号です)", "a name cannot hold '/' (it separates dimensions, as in Tokyo/Tanaka)");
        if (name.Any(char.IsControl)) return new Message("名前に制御文字は使えません", "a name cannot hold control characters");
        return null;
    }

    /// <summary>Every place in <paramref name="plan"/> that names <paramref name="member"/> of <paramref name="dimension"/>, in file order.</summary>
    public static IReadOnlyList<Reference> ToMember(Plan plan, string dimension, string member)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var list = new List<Reference>();
        if (plan.FindDimension(dimension) is not { } d) return list;
        var index = d.IndexOf(member);
        if (index < 0) return list;
        foreach (var child in plan.Dimensions.Where(c => ReferenceEquals(c.Parent, d)))
        {
            for (var i = 0; i < child.Count; i++)
            {
                if (child.ParentOf[i] != index) continue;
                list.Add(new("member", child.Members[i], new Message($"{child.Members[i]} ({member} に所属)", $"{child.Members[i]} (in {member})"), false));
            }
        }
        var model = PlanModel.Build(plan);
        foreach (var m in plan.Metrics)
        {
            var at = Position(model, m, d);
            if (at < 0) continue;
            if (m.MemberValues.Keys.Any(k => Names(k, at, member)))
                list.Add(new("value", m.Id, new Message($"{m.Label} の {member} の値", $"the value of {m.Label} for {member}"), true));
            if (m.MemberTargets.Keys.Any(k => Names(k, at, member)))
                list.Add(new("target", m.Id, new Message($"{m.Label} の {member} の目標", $"the target of {m.Label} for {member}"), true));
            if (m.Allocation is { } a && a.Weights.Keys.Any(k => Names(k, at, member)))
                list.Add(new("allocation", m.Id, new Message($"{m.Label} の配分の重み ({member})", $"the allocation weight of {m.Label} for {member}"), true));
        }
        foreach (var t in plan.Teams.Where(t => t.Members.Contains(member)))
            list.Add(new("team", t.Id, new Message($"チーム {t.Label} のメンバー", $"the members of the team {t.Label}"), true));
        return list;
    }

    /// <summary>
    /// <paramref name="plan"/> without <paramref name="member"/> and the values, targets, weights and team places that
    /// name it; null when members are nested in it, when it is the dimension's last member (a dimension of none does
    /// not reopen) or when there is no such member.
    /// </summary>
    public static Plan? WithoutMember(Plan plan, string dimension, string member)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FindDimension(dimension) is not { } d || d.IndexOf(member) < 0 || d.Count < 2) return null;
        if (ToMember(plan, dimension, member).Any(r => !r.Removable)) return null;
        var without = Dropped(plan, dimension, new HashSet<string>(StringComparer.Ordinal) { member });
        return without with { Dimensions = Rebuild(plan.Dimensions, d.Name, members => members.Where(x => x.Name != member)) };
    }

    /// <summary>
    /// <paramref name="plan"/> without the values, targets, weights and team places that name a member of
    /// <paramref name="dimension"/> in <paramref name="gone"/>; the dimension itself is left as it is (the caller
    /// changes it, after checking that no members are nested in those that go).
    /// </summary>
    public static Plan Dropped(Plan plan, string dimension, IReadOnlySet<string> gone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gone);
        if (plan.FindDimension(dimension) is not { } d || gone.Count == 0) return plan;
        var model = PlanModel.Build(plan);
        return plan with
        {
            Metrics = [.. plan.Metrics.Select(m => Position(model, m, d) is var at and >= 0 ? Keys(m, k => Part(k, at) is { } part && gone.Contains(part) ? null : k) : m)],
            Teams = [.. plan.Teams.Select(t => t.Members.Any(gone.Contains) ? t with { Members = [.. t.Members.Where(x => !gone.Contains(x))] } : t)],
        };
    }

    /// <summary>
    /// <paramref name="plan"/> with <paramref name="from"/> of <paramref name="dimension"/> called <paramref name="to"/>
    /// everywhere it is named (values, targets, weights, teams; the nested members keep their place); null when there
    /// is no such member or <paramref name="to"/> is already a member of the dimension.
    /// </summary>
    public static Plan? Renamed(Plan plan, string dimension, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FindDimension(dimension) is not { } d || d.IndexOf(from) < 0 || d.IndexOf(to) >= 0) return null;
        var model = PlanModel.Build(plan);
        return plan with
        {
            Dimensions = Rebuild(plan.Dimensions, d.Name, members => members.Select(x => x.Name == from ? x with { Name = to } : x), new Dictionary<string, string> { [from] = to }),
            Metrics = [.. plan.Metrics.Select(m => Position(model, m, d) is var at and >= 0 ? Keys(m, k => Names(k, at, from) ? Rename(k, at, to) : k) : m)],
            Teams = [.. plan.Teams.Select(t => t.Members.Contains(from) ? t with { Members = [.. t.Members.Select(x => x == from ? to : x)] } : t)],
        };
    }

    /// <summary>One member as <see cref="Rebuild"/> sees it: its name and its parent member's name (null without a parent dimension).</summary>
    public sealed record Entry(string Name, string? Parent);

    /// <summary>
    /// The dimensions with <paramref name="dimension"/>'s members changed by <paramref name="change"/> (parents by name)
    /// and the dimensions nested in it rebuilt on it, their members keeping their parents by name (a parent renamed in
    /// <paramref name="renamed"/>, old name → new, by its new name).
    /// </summary>
    /// <exception cref="ArgumentException">A member's parent is not a member of the parent dimension.</exception>
    public static ImmutableArray<Dimension> Rebuild(ImmutableArray<Dimension> dimensions, string dimension, Func<IEnumerable<Entry>, IEnumerable<Entry>> change, IReadOnlyDictionary<string, string>? renamed = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var built = new List<Dimension>(dimensions.Length);
        foreach (var d in dimensions)
        {
            var entries = Enumerable.Range(0, d.Count).Select(i => new Entry(d.Members[i], d.Parent is null ? null : d.Parent.Members[d.ParentOf[i]]));
            if (d.Name == dimension) entries = change(entries);
            else if (renamed is not null && d.Parent?.Name == dimension) entries = entries.Select(e => e.Parent is { } p && renamed.TryGetValue(p, out var to) ? e with { Parent = to } : e);
            var list = entries.ToList();
            var parent = d.Parent is null ? null : built.First(b => b.Name == d.Parent.Name);
            if (parent is null)
            {
                built.Add(new Dimension(d.Name, list.Select(e => e.Name)));
                continue;
            }
            var parents = list.Select(e => parent.IndexOf(e.Parent ?? "")).ToList();
            if (parents.Any(p => p < 0)) throw new ArgumentException($"a member of {d.Name} has no parent in {parent.Name}", nameof(change));
            built.Add(new Dimension(d.Name, list.Select(e => e.Name), parent, parents));
        }
        return [.. built];
    }

    // The position of dimension d in metric m's shape (a label's part), or -1 when m does not vary over d.
    static int Position(PlanModel model, Metric m, Dimension d)
    {
        var i = model.IndexOf(m.Id);
        if (i < 0) return -1;
        var dims = model.Shapes[i].Dims;
        for (var p = 0; p < dims.Length; p++)
            if (dims[p].Name == d.Name) return dims.Length == 1 ? 0 : p + 1; // 0: the label is the member's own name
        return -1;
    }

    // Whether label `key` names `member` at position `at` (0: the whole label; p + 1: part p of a joined label).
    static bool Names(string key, int at, string member) => Part(key, at) == member;

    // The member label `key` names at position `at`, or null.
    static string? Part(string key, int at)
    {
        if (at == 0) return key;
        var parts = key.Split('/');
        return parts.Length >= at ? parts[at - 1] : null;
    }

    static string Rename(string key, int at, string to)
    {
        if (at == 0) return to;
        var parts = key.Split('/');
        parts[at - 1] = to;
        return string.Join('/', parts);
    }

    // The metric with every member label of its values, targets and weights mapped (null: dropped).
    static Metric Keys(Metric m, Func<string, string?> map)
    {
        var allocation = m.Allocation;
        if (allocation is not null && !allocation.Weights.IsEmpty) allocation = allocation with { Weights = Map(allocation.Weights, map) };
        return m with { MemberValues = Map(m.MemberValues, map), MemberTargets = Map(m.MemberTargets, map), Allocation = allocation };
    }

    static ImmutableDictionary<string, decimal> Map(ImmutableDictionary<string, decimal> pairs, Func<string, string?> map)
    {
        if (pairs.IsEmpty) return pairs;
        var builder = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (k, v) in pairs)
            if (map(k) is { } key) builder[key] = v;
        return builder.ToImmutable();
    }
}
