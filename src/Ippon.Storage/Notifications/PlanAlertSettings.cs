namespace Ippon.Storage.Notifications;

/// <summary>A plan's own alert settings: below which probability of reaching its target the KGI or a KPI is news.</summary>
public sealed class PlanAlertSettings
{
    public Guid PlanId { get; set; }

    /// <summary>
    /// The probability (0–1, e.g. 0.7 for 70%) under which a save that lowers the KGI's or a KPI's chance of reaching
    /// its target (the probabilistic forecast, <c>ippon forecast</c>) alerts its owner and the planners; null: no such alert.
    /// </summary>
    public decimal? ProbabilityBelow { get; set; }

    public DateTime UpdatedAt { get; set; }
}
