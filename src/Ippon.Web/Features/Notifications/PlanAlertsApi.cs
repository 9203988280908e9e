using Ippon.Forecast.Reporting;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>A plan's alert settings (admin): the probability of reaching the target below which the KGI or a KPI is alerted (<see cref="ProbabilityAlerts"/>).</summary>
public static class PlanAlertsApi
{
    /// <param name="ProbabilityBelow">e.g. <c>70%</c> (or 0.7); empty or null: no probability alerts for the plan.</param>
    public sealed record Settings(string? ProbabilityBelow);

    /// <summary>The settings as stored: the threshold as a percentage (70%), or null.</summary>
    public sealed record View(string? ProbabilityBelow);

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:guid}/alerts", async (Guid id, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.PlanAlertsAsync(id, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .RequireAuthorization(Access.Admin).WithTags("Notifications").WithName("GetPlanAlerts").WithSummary("A plan's alert settings: the probability threshold (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPut("/{id:guid}/alerts", async (Guid id, Settings body, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.SavePlanAlertsAsync(id, body, ct)).ToHttp(RequestLanguage.Of(http), v => TypedResults.Ok(v)))
            .RequireAuthorization(Access.Admin).WithTags("Notifications").WithName("SavePlanAlerts").WithSummary("Set a plan's probability threshold (admin): {\"probability_below\": \"70%\"}")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Outcome<View>> GetAsync(IpponDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.LivePlans.AnyAsync(p => p.Id == id, ct)) return Failure.NotFound($"plan {id}");
        var row = await db.PlanAlertSettings.AsNoTracking().FirstOrDefaultAsync(a => a.PlanId == id, ct);
        return ViewOf(row?.ProbabilityBelow);
    }

    public static async Task<Outcome<View>> SaveAsync(IpponDb db, Guid id, Settings body, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(time);
        if (!await db.LivePlans.AnyAsync(p => p.Id == id, ct)) return Failure.NotFound($"plan {id}");
        var parsed = Parse(body.ProbabilityBelow);
        if (!parsed.Ok) return parsed.Failure;
        var row = await db.PlanAlertSettings.FirstOrDefaultAsync(a => a.PlanId == id, ct);
        if (row is null)
        {
            row = new PlanAlertSettings { PlanId = id };
            db.PlanAlertSettings.Add(row);
        }
        row.ProbabilityBelow = parsed.Value;
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ViewOf(row.ProbabilityBelow);
    }

    /// <summary>A probability strictly between 0% and 100% (70%, 0.7), or null for none; else the reason naming the field.</summary>
    public static Outcome<decimal?> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (decimal?)null;
        if (!NumberText.TryParse(text, out var p) || p is <= 0 or >= 1)
        {
            return Failure.Invalid("probability_below", $"probability_below は 0% より大きく 100% より小さい確率です (例: 70%)。'{text}' は使えません",
                $"probability_below is a probability between 0% and 100% (e.g. 70%), not '{text}'");
        }
        return (decimal?)p;
    }

    static View ViewOf(decimal? p) => new(p is { } v ? ForecastFormat.Level((double)v) : null);
}
