using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Store;

/// <summary>Reads a plan (not deleted) and one of its versions from the database.</summary>
public static class LoadPlan
{
    /// <summary>The plan <paramref name="id"/> at <paramref name="version"/> (its latest when null).</summary>
    public static async Task<Outcome<LoadedPlan>> Run(IpponDb db, Guid id, int? version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.LivePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (stored is null) return Failure.NotFound($"plan {id}");
        var number = version ?? stored.LatestVersion;
        var saved = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == id && v.Number == number, ct);
        if (saved is null) return Failure.NotFound($"plan {id} v{number}");
        if (ParsedVersions.Find(id, number, saved.Yaml) is { } kept) return new LoadedPlan(stored, saved, kept);
        var read = PlanText.Parse(saved.Yaml, $"v{number}.yaml");
        if (!read.Success)
        {
            return Failure.Invalid([.. read.Errors.Select(e => FieldError.From("yaml", e))]);
        }
        ParsedVersions.Keep(id, number, saved.Yaml, read.Plan);
        return new LoadedPlan(stored, saved, read.Plan);
    }
}
