using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Web.Features.History;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Editing;

/// <summary>Saves a plan's new content as a new immutable version: who, when, and what changed.</summary>
/// <remarks>
/// With <c>base_version</c> (or <c>If-Match</c>) the save is refused when someone saved in between (409 / 412):
/// that is how the page keeps people from overwriting each other. Without it the save goes on top of the latest
/// version (the last writer wins, but the earlier save stays in the history).
/// </remarks>
public static class SavePlan
{
    /// <param name="Yaml">The whole plan file.</param>
    /// <param name="Summary">What changed, in words; computed from the differences when absent.</param>
    /// <param name="BaseVersion">The version the edit started from.</param>
    public sealed record Request(string Yaml, string? Summary, int? BaseVersion);

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPut("/{id:guid}", async (Guid id, Request body, IpponDb db, HttpContext http, TimeProvider time, UploadLimits limits, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var read = PlanText.Read(body.Yaml, limits);
                if (!read.Ok) return read.Failure.ToProblem(language);
                var ifMatch = http.Request.Headers.IfMatch.ToString();
                if (ifMatch.Length > 0)
                {
                    var current = await db.LivePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
                    if (current is not null && PlanSummary.Of(current).ETag != ifMatch)
                    {
                        return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
                            title: language == Language.Ja ? "計画は読み込んだ後に変更されています。最新を読み直してください" : "the plan changed since you read it; read the latest version again");
                    }
                }
                var saved = await Run(db, id, body.Yaml, read.Value, Author.Of(http), body.Summary, body.BaseVersion, time, ct);
                return saved.ToHttp(language, s =>
                {
                    http.Response.Headers.ETag = s.Plan.ETag;
                    return TypedResults.Ok(s);
                });
            })
            .WithName("SavePlan").WithSummary("Save new plan file text as a new version (base_version or If-Match refuse a stale save)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>Stores <paramref name="yaml"/> (already read into <paramref name="plan"/> by <see cref="PlanText.Read"/>) as the next version.</summary>
    public static async Task<Outcome<Saved>> Run(IpponDb db, Guid id, string yaml, Ippon.Plans.Plan plan, string author, string? summary, int? baseVersion, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(time);
        for (var attempt = 0; ; attempt++)
        {
            var stored = await db.LivePlans.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (stored is null) return Failure.NotFound($"plan {id}");
            if (baseVersion is { } b && b != stored.LatestVersion) return Stale(b, stored.LatestVersion);
            var latest = await db.PlanVersions.AsNoTracking().FirstAsync(v => v.PlanId == id && v.Number == stored.LatestVersion, ct);
            if (latest.Yaml == yaml) return new Saved(PlanSummary.Of(stored), latest.Number, latest.Summary, Created: false);
            var text = string.IsNullOrWhiteSpace(summary) ? Describe(latest.Yaml, plan) : Trim(summary);
            var version = stored.AddVersion(plan.Title, yaml, author, text, time.GetUtcNow().UtcDateTime);
            db.PlanVersions.Add(version);
            try
            {
                await db.SaveChangesAsync(ct);
                return new Saved(PlanSummary.Of(stored), version.Number, text, Created: true);
            }
            catch (DbUpdateException) when (attempt < 20)
            {
                // Someone saved in between (the revision no longer matched, or took the version number): with a base
                // version that is a conflict to show; without one, save on top of theirs.
                db.ChangeTracker.Clear();
                if (baseVersion is { } stale) return Stale(stale, stale + 1);
            }
        }
    }

    /// <summary>The conflict of a save based on <paramref name="baseVersion"/> when <paramref name="latest"/> is newer.</summary>
    public static Failure Stale(int baseVersion, int latest) => Failure.Conflict(new Message(
        $"v{baseVersion} を元に編集しましたが、その間に v{latest} が保存されています。保存していません。履歴で相手の変更を確認し、読み直してから編集してください",
        $"you edited v{baseVersion}, but v{latest} was saved in the meantime; nothing was saved. Check their change in the history and reload before editing"));

    static string Describe(string previousYaml, Ippon.Plans.Plan plan)
    {
        var previous = PlanReader.Parse(previousYaml);
        return previous.Success ? PlanDiff.Summary(previous.Plan, plan) : "更新 / updated";
    }

    static string Trim(string summary)
    {
        var s = summary.Trim();
        return s.Length > 1000 ? s[..1000] : s;
    }
}
