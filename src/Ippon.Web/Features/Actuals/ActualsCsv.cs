using System.Globalization;
using System.Text;

namespace Ippon.Web.Features.Actuals;

/// <summary>
/// Writes actuals as the contract's CSV (a header <c>period,metric,value</c>, and a last column <c>member</c> when some
/// row is a member's, as <c>ippon review --member</c> reads it); reading is the review engine's <c>ActualsReader</c>.
/// </summary>
public static class ActualsCsv
{
    /// <summary>The CSV text of <paramref name="rows"/>, values as plain numbers.</summary>
    public static string Write(IEnumerable<ActualRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows as IReadOnlyCollection<ActualRow> ?? [.. rows];
        // Plans without members' actuals keep the three columns they always had.
        var members = list.Any(r => r.Member is not null);
        var sb = new StringBuilder(members ? "period,metric,value,member\n" : "period,metric,value\n");
        foreach (var r in list)
        {
            sb.Append(Field(r.Period)).Append(',').Append(Field(r.Metric)).Append(',').Append(r.Value is { } v ? (v / 1.000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "");
            if (members) sb.Append(',').Append(Field(r.Member ?? ""));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    // A member's name may hold a comma or a quote (a reps CSV can name anyone): quoted as CSV quotes it.
    static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
