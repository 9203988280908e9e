using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Plans;

/// <summary>The list page's rows: each live plan's latest version read and calculated, so the list shows the goal and the state of every plan.</summary>
public static class ListPlanOverviews
{
    public static async Task<List<PlanOverview>> Run(IpponDb db, bool includeArchived, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plans = db.LivePlans.AsNoTracking().Where(p => includeArchived || !p.Archived);
        var rows = await (from p in plans
                          join v in db.PlanVersions.AsNoTracking() on new { Id = p.Id, Number = p.LatestVersion } equals new { Id = v.PlanId, v.Number }
                          select new { Plan = p, v.Yaml, v.Author }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Plan.UpdatedAt).Select(r => Overview(PlanSummary.Of(r.Plan), r.Yaml, r.Author))];
    }

    static PlanOverview Overview(PlanSummary summary, string yaml, string author)
    {
        var read = PlanText.Parse(yaml);
        if (!read.Success) return new PlanOverview(summary, null, null, Unit.Number, null, 0, 0, author);
        var result = PlanCalculator.Calculate(read.Plan);
        var kgi = result.Kgi;
        return new PlanOverview(summary, kgi?.Metric.Label, kgi?.Target, kgi?.Metric.Unit ?? Unit.Number, kgi?.Deadline,
            result.Findings.Count(f => f.Severity == Severity.Error), result.Findings.Count(f => f.Severity == Severity.Warning), author);
    }
}
