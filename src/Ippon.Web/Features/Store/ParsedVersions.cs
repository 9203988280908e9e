using System.Collections.Concurrent;
using Ippon.Plans;

namespace Ippon.Web.Features.Store;

/// <summary>
/// The latest read of each plan's versions: a version's text never changes, so the plan read from it stays valid,
/// and opening the version just saved (or saving on top of the version just opened) reads no file again.
/// </summary>
/// <remarks>
/// One entry per plan (its most recent version read or saved), checked against the stored text itself, so a stale or
/// foreign entry (another database with the same id) is never used: comparing two strings costs far less than a read.
/// The entries are bounded (<see cref="MaxEntries"/> plans, <see cref="MaxChars"/> characters of plan text, the
/// oldest kept going first): each holds its plan and, through <see cref="PlanText.Calculation"/>, that plan's
/// calculation, and a server that had opened every plan ever imported held them all (1.1–1.2 GB after the fuzzing
/// suite's few hundred imports). A plan that is not kept is read again, nothing more.
/// </remarks>
public static class ParsedVersions
{
    /// <summary>The most plans kept (a company's plans in use fit many times over).</summary>
    public const int MaxEntries = 512;

    /// <summary>The most plan text kept, all entries together (the newest entry is kept even when larger).</summary>
    public const long MaxChars = 8L * 1024 * 1024;

    static readonly ConcurrentDictionary<Guid, Entry> s_latest = new();
    static readonly Queue<(Guid Plan, int Number)> s_order = new(); // oldest first; entries replaced since are skipped
    static readonly Lock s_lock = new();
    static long s_chars;

    sealed record Entry(int Number, string Yaml, Plan Plan);

    /// <summary>How many plans are kept, and how many characters of their text (for tests and diagnostics).</summary>
    public static (int Plans, long Chars) Kept
    {
        get
        {
            lock (s_lock) return (s_latest.Count, s_chars);
        }
    }

    /// <summary>The plan read from <paramref name="yaml"/>, version <paramref name="number"/> of <paramref name="planId"/>, if kept.</summary>
    public static Plan? Find(Guid planId, int number, string yaml) =>
        s_latest.TryGetValue(planId, out var e) && e.Number == number && string.Equals(e.Yaml, yaml, StringComparison.Ordinal) ? e.Plan : null;

    /// <summary>Keeps <paramref name="plan"/> as what <paramref name="yaml"/> (version <paramref name="number"/>) reads as; an older version never replaces a newer one.</summary>
    public static void Keep(Guid planId, int number, string yaml, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(plan);
        lock (s_lock)
        {
            if (s_latest.TryGetValue(planId, out var old))
            {
                if (old.Number > number) return;
                s_chars -= old.Yaml.Length;
            }
            s_latest[planId] = new Entry(number, yaml, plan);
            s_chars += yaml.Length;
            s_order.Enqueue((planId, number));
            while (s_latest.Count > 1 && (s_latest.Count > MaxEntries || s_chars > MaxChars) && s_order.TryDequeue(out var oldest))
            {
                if (oldest.Plan == planId && oldest.Number == number) continue; // the entry just kept stays
                if (s_latest.TryGetValue(oldest.Plan, out var e) && e.Number == oldest.Number && s_latest.TryRemove(oldest.Plan, out _))
                    s_chars -= e.Yaml.Length;
            }
            // Replaced entries leave their (plan, number) behind in the queue: drop them before it grows past the entries.
            if (s_order.Count > 2 * MaxEntries)
            {
                var live = s_order.Where(o => s_latest.TryGetValue(o.Plan, out var e) && e.Number == o.Number).Distinct().ToList();
                s_order.Clear();
                foreach (var o in live) s_order.Enqueue(o);
            }
        }
    }
}
