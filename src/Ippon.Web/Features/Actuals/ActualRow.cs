using System.Text.Json.Serialization;

namespace Ippon.Web.Features.Actuals;

/// <summary>One actual: the contract's CSV row. A null <see cref="Value"/> in a save clears the cell.</summary>
public sealed record ActualRow(string Period, string Metric, decimal? Value)
{
    /// <summary>The CSV line the row came from, for error messages.</summary>
    [JsonIgnore]
    public int? Line { get; init; }
}
