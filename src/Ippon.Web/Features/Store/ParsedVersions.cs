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
/// </remarks>
public static class ParsedVersions
{
    static readonly ConcurrentDictionary<Guid, Entry> s_latest = new();

    sealed record Entry(int Number, string Yaml, Plan Plan);

    /// <summary>The plan read from <paramref name="yaml"/>, version <paramref name="number"/> of <paramref name="planId"/>, if kept.</summary>
    public static Plan? Find(Guid planId, int number, string yaml) =>
        s_latest.TryGetValue(planId, out var e) && e.Number == number && string.Equals(e.Yaml, yaml, StringComparison.Ordinal) ? e.Plan : null;

    /// <summary>Keeps <paramref name="plan"/> as what <paramref name="yaml"/> (version <paramref name="number"/>) reads as; an older version never replaces a newer one.</summary>
    public static void Keep(Guid planId, int number, string yaml, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(plan);
        var entry = new Entry(number, yaml, plan);
        s_latest.AddOrUpdate(planId, entry, (_, old) => old.Number > number ? old : entry);
    }
}
