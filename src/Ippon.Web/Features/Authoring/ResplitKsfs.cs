using System.Globalization;
using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Authoring;

/// <summary>
/// The KGI's target changed (1億 → 1.5億) while it is the sum of KSFs with fixed amounts (6,000万 + 4,000万): nothing
/// below it moved. This offers to split it again, either keeping each KSF's share (60% and 40% → 9,000万 + 6,000万)
/// or as the user types it (<see cref="SplitTarget"/>); either way everything below is back-calculated again.
/// </summary>
public static class ResplitKsfs
{
    /// <summary>The KGI, its target and the KSFs it is the sum of, whose targets add up to <see cref="Sum"/> instead.</summary>
    public sealed record Offer(Metric Kgi, decimal Target, IReadOnlyList<Metric> Parts, decimal Sum);

    /// <summary>The offer, when the KGI is a plain sum of parts that all have a target and these no longer add up to its target.</summary>
    public static Offer? Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Kgi is not { Target: { } target } kgi || target <= 0) return null;
        var parts = SplitTarget.PartsOf(plan, kgi.Id);
        if (parts.Count == 0 || parts.Any(p => p.Target is not > 0)) return null;
        var sum = parts.Sum(p => p.Target!.Value);
        return sum == target ? null : new Offer(kgi, target, parts, sum);
    }

    /// <summary>
    /// Each part of <paramref name="total"/> in the shares the <paramref name="parts"/> have of their sum, exactly: every
    /// part but the last is rounded down to a whole unit (1円, 1件), and the last takes what remains (the remainder rule),
    /// so that the parts add up to the total to the unit.
    /// </summary>
    public static IReadOnlyList<decimal> KeepShares(decimal total, IReadOnlyList<decimal> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) return [];
        var sum = parts.Sum();
        if (sum <= 0 || parts.Any(p => p < 0)) throw new ArgumentException("the parts must be positive", nameof(parts));
        var result = new decimal[parts.Count];
        var given = 0m;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            result[i] = FloorOfQuotient(parts[i] * total, sum);
            given += result[i];
        }
        result[^1] = total - given;
        return result;
    }

    // ⌊a / b⌋ for b > 0, exactly: decimal division rounds at 28 digits, so the quotient is checked and corrected.
    static decimal FloorOfQuotient(decimal a, decimal b)
    {
        var q = decimal.Floor(a / b);
        while (q * b > a) q--;
        while ((q + 1) * b <= a) q++;
        return q;
    }

    /// <summary>The KSFs' new amounts as they are typed into the split (plain, exact: 90000000).</summary>
    public static IReadOnlyList<SplitTarget.Part> Parts(Offer offer, IReadOnlyList<decimal> amounts)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(amounts);
        return [.. offer.Parts.Select((m, i) => new SplitTarget.Part(m.Id, m.Name, amounts[i].ToString(CultureInfo.InvariantCulture), m.Owner))];
    }

    /// <summary>Splits the KGI again with <paramref name="parts"/> (amounts or shares; an empty one takes the rest).</summary>
    public static Outcome<Plan> Apply(Plan plan, Offer offer, IReadOnlyList<SplitTarget.Part> parts)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return SplitTarget.Apply(plan, offer.Kgi.Id, parts);
    }
}
