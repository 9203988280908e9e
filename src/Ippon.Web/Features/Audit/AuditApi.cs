using System.Globalization;
using System.Text;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Audit;

/// <summary>The audit trail (read through the plan store): who changed which value, when, from what to what; filtered by plan, user, metric, kind and time; JSON or CSV.</summary>
public static class AuditApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async (Guid? plan, string? user, string? subject, DateTime? from, DateTime? to, string? kind, int? limit, string? format, PlanStore store, CancellationToken ct) =>
            {
                var rows = await store.AuditAsync(new AuditQuery(plan, user, subject, from, to, kind, Math.Clamp(limit ?? 1000, 1, 100_000)), ct);
                return format == "csv"
                    ? Results.Text(Csv(rows), "text/csv; charset=utf-8")
                    : Results.Ok(rows);
            })
            .RequireAuthorization(Access.Read)
            .WithTags("Audit").WithName("Audit")
            .WithSummary("The audit trail, newest first: ?plan=&user=&subject=&kind=plan|actual|lifecycle|account&from=&to= (ISO times), &format=csv")
            .Produces<List<AuditRow>>();

    /// <summary>RFC 4180 CSV with a header; a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '.</summary>
    public static string Csv(IEnumerable<AuditRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder("at,user,plan_id,plan,kind,subject,field,from,to,version\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', new[]
            {
                r.At.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), Cell(r.User), r.PlanId?.ToString() ?? "", Cell(r.Plan), r.Kind, Cell(r.Subject), Cell(r.Field),
                Cell(r.From), Cell(r.To), r.Version?.ToString(CultureInfo.InvariantCulture) ?? "",
            }).Append("\r\n");
        }
        return csv.ToString();
    }

    static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var v = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
