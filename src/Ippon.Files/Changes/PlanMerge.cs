using Ippon.Files.Plans;
using Ippon.Plans;

namespace Ippon.Files.Changes;

/// <summary>
/// Merges your edit of version B with another save made on top of B, metric by metric and action by action (and the
/// plan's own settings as one piece): what only one side changed is taken from that side; what both changed alike is
/// taken once; what both changed differently is a conflict, resolved by <c>preferMine</c> or else left as theirs.
/// Two department editors editing their own metrics of one plan therefore merge cleanly.
/// </summary>
public static class PlanMerge
{
    public static MergeResult Merge(Plan @base, Plan mine, Plan theirs, Func<string, bool>? preferMine = null)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        preferMine ??= _ => false;
        var conflicts = new List<MergeConflict>();

        var (b, m, t) = (Settings(@base), Settings(mine), Settings(theirs));
        var header = theirs;
        if (m != b && t != b && m != t)
        {
            conflicts.Add(new MergeConflict("plan", mine.Title, Changes(@base, mine, "plan"), Changes(@base, theirs, "plan")));
            if (preferMine("plan")) header = mine;
        }
        else if (m != b)
        {
            header = mine;
        }

        var metrics = Pieces(@base.Metrics, mine.Metrics, theirs.Metrics, x => x.Id, x => x.Label, Text, preferMine, conflicts, @base, mine, theirs);
        var actions = Pieces(@base.Actions, mine.Actions, theirs.Actions, x => x.Id, x => x.Label, Text, preferMine, conflicts, @base, mine, theirs);
        return new MergeResult(header with { Metrics = [.. metrics], Actions = [.. actions] }, conflicts);
    }

    static List<T> Pieces<T>(IEnumerable<T> @base, IEnumerable<T> mine, IEnumerable<T> theirs, Func<T, string> id, Func<T, string> label, Func<T, string> text,
        Func<string, bool> preferMine, List<MergeConflict> conflicts, Plan basePlan, Plan minePlan, Plan theirPlan)
    {
        var b = @base.ToDictionary(id);
        var m = mine.ToDictionary(id);
        var t = theirs.ToDictionary(id);
        var result = new List<T>();
        string? Of(Dictionary<string, T> d, string key) => d.TryGetValue(key, out var x) ? text(x) : null;

        // Theirs in their order, each replaced by the merged piece; then what only you added, in your order.
        foreach (var key in theirs.Select(id).Concat(mine.Select(id).Where(k => !t.ContainsKey(k))).ToList())
        {
            var (bb, mm, tt) = (Of(b, key), Of(m, key), Of(t, key));
            T? chosen;
            if (mm == bb)
            {
                chosen = t.GetValueOrDefault(key);
            }
            else if (tt == bb || mm == tt)
            {
                chosen = m.GetValueOrDefault(key);
            }
            else
            {
                var name = m.TryGetValue(key, out var mx) ? label(mx) : t.TryGetValue(key, out var tx) ? label(tx) : key;
                conflicts.Add(new MergeConflict(key, name, Changes(basePlan, minePlan, key), Changes(basePlan, theirPlan, key)));
                chosen = preferMine(key) ? m.GetValueOrDefault(key) : t.GetValueOrDefault(key);
            }
            if (chosen is not null) result.Add(chosen);
        }
        return result;
    }

    static List<Change> Changes(Plan from, Plan to, string subject) =>
        subject == "plan"
            ? [.. PlanDiff.Inputs(from, to).Where(c => c.Subject == "plan" || c.Subject.StartsWith("scenario:", StringComparison.Ordinal)).DefaultIfEmpty(new Change("plan", to.Title, "settings", "…", "…"))]
            : [.. PlanDiff.Inputs(from, to).Where(c => c.Subject == subject)];

    // The plan file text of one piece, to compare pieces exactly as they would be saved.
    static string Text(Metric metric) => PlanWriter.Write(new Plan { Title = "_", Metrics = [metric] });

    static string Text(ActionPlan action) => PlanWriter.Write(new Plan { Title = "_", Actions = [action] });

    static string Settings(Plan plan) => PlanWriter.Write(plan with { Metrics = [], Actions = [] });
}
