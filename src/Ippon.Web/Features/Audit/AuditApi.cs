using System.Globalization;
using System.Text;
using Ippon.Storage;
using Ippon.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Audit;

/// <summary>The audit trail: who changed which value, when, from what to what; filtered by plan, user, metric, kind and time; JSON or CSV.</summary>
public static class AuditApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async (Guid? plan, string? user, string? subject, DateTime? from, DateTime? to, string? kind, int? limit, string? format, IpponDb db, CancellationToken ct) =>
            {
                var rows = await Run(db, new AuditQuery(plan, user, subject, from, to, kind, Math.Clamp(limit ?? 1000, 1, 100_000)), ct);
                return format == "csv"
                    ? Results.Text(Csv(rows), "text/csv; charset=utf-8")
                    : Results.Ok(rows);
            })
            .RequireAuthorization(Access.Read)
            .WithTags("Audit").WithName("Audit")
            .WithSummary("The audit trail, newest first: ?plan=&user=&subject=&kind=plan|actual|lifecycle|account&from=&to= (ISO times), &format=csv")
            .Produces<List<AuditRow>>();

    /// <summary>The entries matching <paramref name="query"/>, newest first.</summary>
    public static async Task<List<AuditRow>> Run(IpponDb db, AuditQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var q = db.AuditEntries.AsNoTracking();
        if (query.Plan is { } p) q = q.Where(a => a.PlanId == p);
        if (!string.IsNullOrWhiteSpace(query.User)) q = q.Where(a => a.User == query.User.Trim());
        if (!string.IsNullOrWhiteSpace(query.Subject)) q = q.Where(a => a.Subject == query.Subject.Trim());
        if (!string.IsNullOrWhiteSpace(query.Kind)) q = q.Where(a => a.Kind == query.Kind.Trim());
        if (query.From is { } f) q = q.Where(a => a.At >= f.ToUniversalTime());
        if (query.To is { } t) q = q.Where(a => a.At <= t.ToUniversalTime());
        var entries = await q.OrderByDescending(a => a.Id).Take(query.Limit).ToListAsync(ct);
        return [.. entries.Select(a => new AuditRow(a.At, a.User, a.PlanId, a.PlanTitle, a.Kind, a.Subject, a.Field, a.OldValue, a.NewValue, a.Version))];
    }

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
