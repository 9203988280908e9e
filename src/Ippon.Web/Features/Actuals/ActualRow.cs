namespace Ippon.Web.Features.Actuals;

/// <summary>One actual: the contract's CSV row (period, metric, value). A null <see cref="Value"/> in a save clears the cell.</summary>
public sealed record ActualRow(string Period, string Metric, decimal? Value);
