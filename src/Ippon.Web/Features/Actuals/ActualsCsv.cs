using System.Globalization;
using System.Text;

namespace Ippon.Web.Features.Actuals;

/// <summary>Writes actuals as the contract's CSV (a header <c>period,metric,value</c>); reading is the review engine's <c>ActualsReader</c>.</summary>
public static class ActualsCsv
{
    /// <summary>The CSV text of <paramref name="rows"/>, values as plain numbers.</summary>
    public static string Write(IEnumerable<ActualRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder("period,metric,value\n");
        foreach (var r in rows)
            sb.Append(r.Period).Append(',').Append(r.Metric).Append(',').Append(r.Value is { } v ? (v / 1.000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "").Append('\n');
        return sb.ToString();
    }
}
