using Ippon.Calculation;
using Ippon.Files.Changes;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Conventions;
using Ippon.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Store;

/// <summary>
/// The one door to what is saved: plans, their versions, actuals, drafts and the audit trail. The pages call it and
/// never open a database context themselves; each call opens one context for its own work and closes it.
/// </summary>
/// <remarks>
/// <para>
/// The store depends on no feature slice: loading, saving, versions, compare and the audit trail are its own; the
/// parts that belong to a slice's tables (plans as a whole, actuals, drafts) are declared beside that slice's code as
/// extensions of this class, and the slices that want to act inside a save (Notifications' KPI alerts) are
/// <see cref="ISavedPlanObserver"/>s registered at startup; a slice's own kind of save (actuals) has observers of its
/// own kind, which its part of the store picks from <see cref="Observers"/>.
/// </para>
/// <para>
/// A save goes one way: page → draft (Edits' <c>EditSession</c>) → <see cref="SaveDraftAsync"/> → database. The draft
/// is written to its plan file text and read back once (the text must reopen), then <see cref="SavePlan.Run"/>
/// authorises, merges with a concurrent save, diffs once (scope, summary and audit share the diff) and stores the
/// version. Read plan versions are kept by <see cref="ParsedVersions"/>, so opening the version just saved reads no
/// file again and recalculates nothing: the draft's calculation is the saved version's.
/// </para>
/// </remarks>
public sealed class PlanStore(IDbContextFactory<IpponDb> contexts, TimeProvider time, UploadLimits limits, ILoggerFactory logs, IEnumerable<ISaveObserver> observers)
{
    readonly ISaveObserver[] _all = [.. observers];
    readonly ISavedPlanObserver[] _observers = [.. observers.OfType<ISavedPlanObserver>()];

    // Plans and versions.

    /// <summary>The plan <paramref name="id"/> at <paramref name="version"/> (its latest when null).</summary>
    public async Task<Outcome<LoadedPlan>> LoadAsync(Guid id, int? version = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await LoadPlan.Run(db, id, version, ct);
    }

    /// <summary>Saves the page's draft as the next version: written once, read back once, diffed once.</summary>
    public async Task<Outcome<Saved>> SaveDraftAsync(Guid id, Plan draft, Caller caller, string? summary, int? baseVersion, CancellationToken ct = default)
    {
        var file = PlanText.Written(draft);
        if (!file.Ok) return file.Failure;
        return await SaveAsync(id, file.Value, caller, summary, baseVersion, ct);
    }

    /// <summary>Saves a plan file (read by <see cref="PlanText"/>) as the next version.</summary>
    public async Task<Outcome<Saved>> SaveAsync(Guid id, PlanFile file, Caller caller, string? summary, int? baseVersion, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await SavePlan.Run(db, id, file, caller, summary, baseVersion, time, _observers, ct);
    }

    /// <summary>The three sides of a merge: the version a draft started from, the latest version and its number; null when either is gone.</summary>
    public async Task<(Plan Base, Plan Latest, PlanVersion LatestVersion)?> MergeSidesAsync(Guid id, int baseVersion, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await LoadPlan.Run(db, id, null, ct);
        var based = await LoadPlan.Run(db, id, baseVersion, ct);
        if (!latest.Ok || !based.Ok) return null;
        return (based.Value.Plan, latest.Value.Plan, latest.Value.Version);
    }

    /// <summary>The plan's row as the list shows it (its latest version and ETag); null when there is no such plan.</summary>
    public async Task<PlanSummary?> SummaryAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.LivePlans.AsNoTracking().Where(p => p.Id == id).Select(p => PlanSummary.Of(p)).FirstOrDefaultAsync(ct);
    }

    // History.

    /// <summary>Every version of the plan, newest first.</summary>
    public async Task<Outcome<List<VersionInfo>>> VersionsAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.LivePlans.AnyAsync(p => p.Id == id, ct)) return Failure.NotFound($"plan {id}");
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        return versions.Select(VersionInfo.Of).ToList();
    }

    /// <summary>Two versions compared: which values changed, and what that did to the targets.</summary>
    public async Task<Outcome<Comparison>> CompareAsync(Guid id, int from, int to, Language language, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var a = await LoadPlan.Run(db, id, from, ct);
        if (!a.Ok) return a.Failure;
        var b = await LoadPlan.Run(db, id, to, ct);
        if (!b.Ok) return b.Failure;
        return new Comparison(from, to,
            PlanDiff.Inputs(a.Value.Plan, b.Value.Plan),
            PlanDiff.Results(PlanCalculator.Calculate(a.Value.Plan), PlanCalculator.Calculate(b.Value.Plan), language));
    }

    // The slices' own parts of the store (Plans: list, create, import, duplicate, archive, delete; Actuals: read, store,
    // upload; Drafts: restore, autosave) are extension methods declared beside their code (Plans/PlansInStore.cs,
    // Actuals/ActualsInStore.cs, Drafts/DraftsInStore.cs): the pages call them on this one store, and the store names
    // no slice. They reach the database through the members below; components never do (ComponentContextTests).

    /// <summary>Runs a slice's part of the store on one context of its own, opened and closed here.</summary>
    public async Task<T> WithContextAsync<T>(Func<IpponDb, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await work(db);
    }

    /// <summary>The contexts, for a part that writes over time on its own (a page's draft autosave).</summary>
    public IDbContextFactory<IpponDb> Contexts => contexts;

    public TimeProvider Time => time;

    /// <summary>Every save observer registered, for a slice's part whose saves have observers of their own kind (Actuals' <c>ISavedActualsObserver</c>).</summary>
    public IReadOnlyList<ISaveObserver> Observers => _all;

    public UploadLimits Limits => limits;

    public ILoggerFactory Logs => logs;

    // What the pages show beside plans.

    /// <summary>The departments the server knows (accounts and plans' owners), for the owner pickers.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await KnownDepartments.Run(db, ct);
    }

    /// <summary>The display names of metrics and actions per plan (the history and the audit log show names, not ids).</summary>
    public async Task<Dictionary<Guid, Dictionary<string, string>>> LabelsAsync(IEnumerable<Guid> plans, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await PlanLabels.LoadAsync(db, plans, ct);
    }

    /// <summary>The audit trail's entries that match <paramref name="query"/>, newest first (the audit page and <c>GET /api/audit</c>).</summary>
    public async Task<List<AuditRow>> AuditAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(ct);
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

    /// <summary>Every live plan's id and title, by title (the audit log's filter).</summary>
    public async Task<List<(Guid Id, string Title)>> TitlesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.LivePlans.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        return [.. rows.Select(p => (p.Id, p.Title))];
    }
}
