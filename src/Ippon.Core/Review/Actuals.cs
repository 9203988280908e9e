using System.Collections.Immutable;

namespace Ippon.Review;

/// <summary>The actuals a review compares with the plan: values per metric and period, from the contract's CSV or a CRM export.</summary>
/// <remarks>Several rows of one metric in one period (M04, M05 and M06 in a quarterly plan) add up; for a quality metric their mean is used.</remarks>
public sealed record Actuals(ImmutableArray<Actual> Rows)
{
    /// <summary>The file the actuals came from, for messages.</summary>
    public string? Source { get; init; }

    /// <summary>No actuals.</summary>
    public static Actuals Empty { get; } = new(ImmutableArray<Actual>.Empty);

    /// <summary>The last period (0-based) any actual is given for, or -1 when there is none.</summary>
    public int LastPeriod => Rows.IsEmpty ? -1 : Rows.Max(r => r.Period);

    /// <summary>True when some actual is given for <paramref name="metric"/>.</summary>
    public bool Has(string metric) => Rows.Any(r => r.Metric == metric && r.Member is null);

    /// <summary>The actuals as one member sees them: its own rows as whole-metric rows, and the rows of every other metric without members.</summary>
    /// <param name="memberOf">For a metric id, the label of the member's cell in that metric (田中, or its region 東京), or null when the metric is shared.</param>
    public Actuals ForMember(Func<string, string?> memberOf) => this with
    {
        Rows = [.. Rows
            .Where(r => r.Member is null ? memberOf(r.Metric) is null : memberOf(r.Metric) == r.Member)
            .Select(r => r with { Member = null })],
    };

    /// <summary>The metric's actual per period (null where none is given), over <paramref name="periods"/> periods.</summary>
    /// <remarks>A period with no whole-metric actual but actuals per member adds the members up (quantities only: a rate is implied by the totals instead).</remarks>
    public decimal?[] Series(string metric, int periods, bool quality)
    {
        var sums = new decimal?[periods];
        var counts = new int[periods];
        var members = new decimal?[periods];
        foreach (var r in Rows)
        {
            if (r.Metric != metric || r.Period < 0 || r.Period >= periods) continue;
            if (r.Member is not null)
            {
                members[r.Period] = (members[r.Period] ?? 0) + r.Value;
                continue;
            }
            sums[r.Period] = (sums[r.Period] ?? 0) + r.Value;
            counts[r.Period]++;
        }
        if (!quality)
        {
            for (var p = 0; p < periods; p++) sums[p] ??= members[p];
        }
        if (quality)
        {
            for (var p = 0; p < periods; p++)
                if (counts[p] > 1) sums[p] /= counts[p];
        }
        return sums;
    }
}
