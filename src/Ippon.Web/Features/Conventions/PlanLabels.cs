using Ippon.Files.Plans;
using Ippon.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Conventions;

/// <summary>The names of the metrics and actions of plans' latest versions, so that the history and the audit log show 受注率, not win_rate.</summary>
public static class PlanLabels
{
    /// <summary>Per plan, id → name (a metric's or action's label); plans whose text does not read are left out (their ids show as they are).</summary>
    public static async Task<Dictionary<Guid, Dictionary<string, string>>> LoadAsync(IpponDb db, IEnumerable<Guid> plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = plans.Distinct().ToList();
        var latest = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.LatestVersion }).ToListAsync(ct);
        var texts = new List<(Guid PlanId, string Yaml)>();
        foreach (var p in latest)
        {
            var yaml = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == p.Id && v.Number == p.LatestVersion).Select(v => v.Yaml).FirstOrDefaultAsync(ct);
            if (yaml is not null) texts.Add((p.Id, yaml));
        }
        var labels = new Dictionary<Guid, Dictionary<string, string>>();
        foreach (var t in texts)
        {
            var read = PlanReader.ParseWithoutFiles(t.Yaml);
            if (!read.Success) continue;
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in read.Plan.Metrics) names[m.Id] = m.Label;
            foreach (var a in read.Plan.Actions) names[a.Id] = a.Label;
            labels[t.PlanId] = names;
        }
        return labels;
    }
}
