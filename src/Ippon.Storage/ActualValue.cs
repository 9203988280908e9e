namespace Ippon.Storage;

/// <summary>One actual of a plan: the contract's CSV row (period, metric, member, value), with who entered it and when.</summary>
public sealed class ActualValue
{
    /// <summary>The column's value for a whole metric's actual (no member).</summary>
    /// <remarks>
    /// The member is part of the primary key, and a key column cannot be NULL (nor would a unique index over a NULL
    /// refuse a second whole-metric row on SQLite or PostgreSQL), so "no member" is stored as the empty string;
    /// <see cref="MemberOrNull"/> gives it back as null, which is how the API and the review engine say it.
    /// </remarks>
    public const string WholeMetric = "";

    /// <summary>The longest member label stored (a member of two dimensions is labelled 東京/田中).</summary>
    public const int MemberMaxLength = 200;

    public ActualValue(Guid planId, string period, string metric, decimal value, string enteredBy, DateTime enteredAt)
        : this(planId, period, metric, null, value, enteredBy, enteredAt)
    {
    }

    /// <param name="member">The member (rep 田中, or 東京/田中 over two dimensions) of a metric over dimensions, or null for the whole metric.</param>
    public ActualValue(Guid planId, string period, string metric, string? member, decimal value, string enteredBy, DateTime enteredAt)
    {
        PlanId = planId;
        Period = period;
        Metric = metric;
        Member = member ?? WholeMetric;
        Value = value;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The period as the contract writes it: Q1…Q4, M01…M12, H1, H2, Y1 or YYYY-MM.</summary>
    public string Period { get; private set; }

    /// <summary>The metric id.</summary>
    public string Metric { get; private set; }

    /// <summary>The member the actual is of (田中), or <see cref="WholeMetric"/> (empty) for the whole metric.</summary>
    public string Member { get; private set; }

    /// <summary>The member, or null for the whole metric.</summary>
    public string? MemberOrNull => Member.Length == 0 ? null : Member;

    public decimal Value { get; private set; }

    public string EnteredBy { get; private set; }

    public DateTime EnteredAt { get; private set; }

    /// <summary>Replaces the value.</summary>
    public void Set(decimal value, string enteredBy, DateTime enteredAt)
    {
        Value = value;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }
}
