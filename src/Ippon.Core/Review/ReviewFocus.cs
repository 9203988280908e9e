using Ippon.Numbers;

namespace Ippon.Review;

/// <summary>A metric to act on: it explains a large part of the KGI's gap. Listed in the order a manager should act.</summary>
/// <param name="Metric">The factor that moved (leads, win_rate).</param>
/// <param name="Kpi">The KPI it acts through: itself for a KPI, the nearest KPI above it for a rate (win_rate → orders).</param>
/// <param name="Contribution">Its effect on the KGI to date (negative = shortfall for a KGI where more is better).</param>
/// <param name="Share">Its part of the KGI's total shortfall (0–1).</param>
/// <param name="Reason">Why, with the numbers: observed against assumed, and what the re-plan asks for.</param>
public sealed record ReviewFocus(string Metric, string? Kpi, decimal Contribution, decimal Share, Message Reason);
