namespace Ippon.Web.Features.Actuals;

/// <summary>One actual a save of actuals changed: its value before (null: there was none) and after (null: cleared).</summary>
public sealed record ActualChange(string Period, string Metric, decimal? Old, decimal? New)
{
    /// <summary>The member of a member's own actual (田中), or null for the whole metric's.</summary>
    public string? Member { get; init; }
}
