using System.Text.Json.Serialization;

namespace Ippon.Web.Features.Actuals;

/// <summary>
/// One actual: the contract's CSV row (period, metric, value, and the optional member). A null <see cref="Value"/> in a
/// save clears the cell. A null <see cref="Member"/> is the whole metric's actual, as before members existed (the JSON
/// leaves it out); a member (rep 田中, or 東京/田中 over two dimensions) is that member's own actual, which
/// <c>ippon review --member</c> and the members tab review.
/// </summary>
public sealed record ActualRow(string Period, string Metric, decimal? Value, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Member = null);
