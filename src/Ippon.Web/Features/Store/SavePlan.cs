using Ippon.Files.Changes;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Store;

/// <summary>Saves a plan's new content as a new immutable version: who, when, and what changed.</summary>
/// <remarks>
/// With <c>base_version</c> (or <c>If-Match</c>) the save is refused when someone saved in between (409 / 412):
/// that is how the page keeps people from overwriting each other. Without it the save goes on top of the latest
/// version (the last writer wins, but the earlier save stays in the history).
/// </remarks>
public static class SavePlan
{
    /// <summary>The 412 of a write whose <c>If-Match</c> names a version that is no longer the latest, or null to go on.</summary>
    /// <remarks>If-Match: * is "whatever version is there" (RFC 9110), not a version that never matches.</remarks>
    public static async Task<IResult?> Precondition(PlanStore store, Guid id, HttpContext http, Language language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(http);
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0 || ifMatch.Trim() == "*") return null;
        if (await store.SummaryAsync(id, ct) is not { } current || current.ETag == ifMatch) return null;
        return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
            title: language.T("計画は読み込んだ後に変更されています。最新を読み直してください", "the plan changed since you read it; read the latest version again"));
    }

    /// <summary>The HTTP response of a save: 200 with the save and its ETag, or the problem.</summary>
    public static IResult Respond(Outcome<Saved> saved, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(http);
        return saved.ToHttp(RequestLanguage.Of(http), s =>
        {
            http.Response.Headers.ETag = s.Plan.ETag;
            return TypedResults.Ok(s);
        });
    }

    /// <summary>
    /// Stores <paramref name="file"/> (a text that reopens: <see cref="PlanText.ReadFile"/> or <see cref="PlanText.Written"/>) as the
    /// next version, if <paramref name="caller"/> may (a department editor: only their department's metrics and
    /// actions). Based on an older version, it is merged with what was saved since (<see cref="PlanMerge"/>): saved
    /// when the changes do not overlap, else refused (409) with both sides of each conflict. Every changed value is
    /// written to the audit trail in the same transaction, and the <paramref name="observers"/> (Notifications' KPI alerts) write theirs in it too.
    /// </summary>
    public static async Task<Outcome<Saved>> Run(IpponDb db, Guid id, PlanFile file, Caller caller, string? summary, int? baseVersion, TimeProvider time, IReadOnlyList<ISavedPlanObserver> observers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(observers);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.CanEdit) return Forbidden.Edit;
        for (var attempt = 0; ; attempt++)
        {
            // On PostgreSQL the plan's row is locked for the save: saves of one plan queue up in the database instead
            // of racing and retrying (SQLite has one writer at a time anyway). The revision check stays as the guard.
            await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
            if (transaction is not null) await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM plans WHERE \"Id\" = {id} FOR UPDATE", ct);
            var stored = await db.LivePlans.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (stored is null) return Failure.NotFound($"plan {id}");
            var latest = await db.PlanVersions.AsNoTracking().FirstAsync(v => v.PlanId == id && v.Number == stored.LatestVersion, ct);
            // The one read of the latest version (none when the page opened it: ParsedVersions): merge, scope, summary and audit share it.
            var latestPlan = ParsedVersions.Find(id, latest.Number, latest.Yaml) ?? PlanText.Parse(latest.Yaml).Plan;
            var (text, toSave, mergedWith) = (file.Text, file.Plan, (int?)null);
            if (baseVersion is { } b && b != stored.LatestVersion)
            {
                if (b < 1 || b > stored.LatestVersion || latestPlan is null) return Stale(b, stored.LatestVersion);
                var baseRow = await db.PlanVersions.AsNoTracking().FirstAsync(v => v.PlanId == id && v.Number == b, ct);
                if ((ParsedVersions.Find(id, b, baseRow.Yaml) ?? PlanText.Parse(baseRow.Yaml).Plan) is not { } basePlan) return Stale(b, stored.LatestVersion);
                var merge = PlanMerge.Merge(basePlan, file.Plan, latestPlan);
                if (!merge.Clean) return Conflict(b, latest, merge.Conflicts);
                var merged = PlanText.Written(merge.Merged);
                if (!merged.Ok) return Failure.Conflict(Stale(b, stored.LatestVersion).Title) with { Errors = merged.Failure.Errors };
                (text, toSave, mergedWith) = (merged.Value.Text, merged.Value.Plan, stored.LatestVersion);
            }
            if (latestPlan is null && !caller.CanManagePlans) return Forbidden.Plan;
            if (latest.Yaml == text) return new Saved(PlanSummary.Of(stored), latest.Number, latest.Summary, Created: false);
            // The one diff of the save: the department scope, the summary and the audit trail read the same changes.
            var changes = latestPlan is null ? null : PlanDiff.Inputs(latestPlan, toSave);
            if (latestPlan is not null && DepartmentScope.Check(caller, latestPlan, toSave, changes!) is { } outOfScope) return outOfScope;
            var described = string.IsNullOrWhiteSpace(summary) ? changes is null ? "更新 / updated" : PlanDiff.Summary(changes) : Trim(summary);
            if (mergedWith is { } w) described = Trim($"{described} (v{baseVersion} を元に v{w} とマージ / merged with v{w})");
            var now = time.GetUtcNow().UtcDateTime;
            var version = stored.AddVersion(toSave.Title, text, caller.Name, described, now);
            db.PlanVersions.Add(version);
            if (changes is not null)
            {
                AuditTrail.PlanChanges(db, stored, toSave.Title, changes, caller, now, version.Number);
                // What the slices do inside the save (Notifications' KPI alerts): committed with the version, or not at all.
                var saving = new SavingPlan(id, latestPlan!, toSave, changes, version.Number, caller, now);
                foreach (var observer in observers) await observer.SavingAsync(db, saving, ct);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                if (transaction is not null) await transaction.CommitAsync(ct);
                ParsedVersions.Keep(id, version.Number, text, toSave); // opening the version just saved reads nothing again
                return new Saved(PlanSummary.Of(stored), version.Number, described, Created: true);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone saved in between (the revision no longer matched, or took the version number): try again on
                // top of theirs: merged when the edit was based on a version, last writer wins without one (both
                // saves stay in the history).
                db.ChangeTracker.Clear();
                // Many editors on one plan: spread the retries so that each round has a winner, not a stampede.
                await Task.Delay(Random.Shared.Next(0, 2 + Math.Min(attempt, 20)), ct);
            }
        }
    }

    /// <summary>How often a save is tried again when others keep saving the same plan in between (50 editors at once fit easily).</summary>
    const int MaxAttempts = 200;

    /// <summary>The 409 of a merge that overlaps: each conflicting field with your value and theirs.</summary>
    static Failure Conflict(int baseVersion, PlanVersion latest, IReadOnlyList<MergeConflict> conflicts) =>
        Failure.Conflict(new Message(
            $"v{baseVersion} を元に編集しましたが、その間に {latest.Author} さんが v{latest.Number} を保存し、同じ項目を変えています。保存していません。下の項目ごとに、どちらを残すか選んでください",
            $"you edited v{baseVersion}, but {latest.Author} saved v{latest.Number} in the meantime and changed the same items; nothing was saved. Choose, item by item, which change to keep"))
        with
        {
            Errors = [.. conflicts.SelectMany(c => c.Mine.Concat(c.Theirs).Select(x => x.Field).Distinct().Select(field => new FieldError(
                c.Subject == "plan" ? "plan." + field : $"{c.Subject}.{field}",
                new Message(
                    $"{c.Label}: あなた {Value(c.Mine, field)} / {latest.Author} さん {Value(c.Theirs, field)} (元 {Was(c, field)})",
                    $"{c.Label}: yours {Value(c.Mine, field)} / {latest.Author}'s {Value(c.Theirs, field)} (was {Was(c, field)})"))))],
        };

    static string Value(IReadOnlyList<Change> changes, string field) => changes.FirstOrDefault(x => x.Field == field) is { } x ? x.To ?? "∅" : "(変更なし / unchanged)";

    static string Was(MergeConflict c, string field) => (c.Mine.FirstOrDefault(x => x.Field == field) ?? c.Theirs.FirstOrDefault(x => x.Field == field))?.From ?? "∅";

    /// <summary>The conflict of a save based on <paramref name="baseVersion"/> when <paramref name="latest"/> is newer.</summary>
    public static Failure Stale(int baseVersion, int latest) => Failure.Conflict(new Message(
        $"v{baseVersion} を元に編集しましたが、その間に v{latest} が保存されています。保存していません。履歴で相手の変更を確認し、読み直してから編集してください",
        $"you edited v{baseVersion}, but v{latest} was saved in the meantime; nothing was saved. Check their change in the history and reload before editing"));

    static string Trim(string summary)
    {
        var s = summary.Trim();
        return s.Length > 1000 ? s[..1000] : s;
    }
}
