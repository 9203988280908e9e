using Microsoft.AspNetCore.Components;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// The cells a link points at (a reminder's <c>?tab=actuals&amp;metric=leads,deals&amp;period=Q3</c>): the actuals
/// grid marks those metrics' rows, scrolls to the first one the reader may edit and puts the cursor in its cell.
/// </summary>
public partial class PlanPage
{
    /// <summary>Metric ids, separated by commas.</summary>
    [SupplyParameterFromQuery(Name = "metric")]
    public string? LinkedMetrics { get; set; }

    /// <summary>The period to focus (Q3, M05): the reminder's current period.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? LinkedPeriod { get; set; }

    IReadOnlyList<string> FocusMetrics => string.IsNullOrWhiteSpace(LinkedMetrics)
        ? []
        : [.. LinkedMetrics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
