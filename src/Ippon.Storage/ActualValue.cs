namespace Ippon.Storage;

/// <summary>One actual of a plan: the contract's CSV row (period, metric, value), with who entered it and when.</summary>
public sealed class ActualValue
{
    public ActualValue(Guid planId, string period, string metric, decimal value, string enteredBy, DateTime enteredAt)
    {
        PlanId = planId;
        Period = period;
        Metric = metric;
        Value = value;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The period as the contract writes it: Q1…Q4, M01…M12, H1, H2, Y1 or YYYY-MM.</summary>
    public string Period { get; private set; }

    /// <summary>The metric id.</summary>
    public string Metric { get; private set; }

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
