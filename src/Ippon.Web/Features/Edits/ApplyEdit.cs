using Ippon.Web.Features.Accounts;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Edits;

/// <summary>
/// Loads a plan's version (the one the edit is based on, else the latest), applies one edit (the same edit functions
/// the page uses on its draft) and saves the result as a new version, merged with what was saved since.
/// </summary>
public static class ApplyEdit
{
    public static async Task<Outcome<Saved>> Run(PlanStore store, Guid id, Func<Plan, Outcome<Plan>> edit, Caller caller, int? baseVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanEdit) return Forbidden.Edit;
        var loaded = await store.LoadAsync(id, baseVersion, ct);
        if (!loaded.Ok) return loaded.Failure.Kind == FailureKind.NotFound && baseVersion is { } b ? SavePlan.Stale(b, loaded.Value?.Version.Number ?? b) : loaded.Failure;
        var edited = edit(loaded.Value.Plan);
        if (!edited.Ok) return edited.Failure;
        return await store.SaveDraftAsync(id, edited.Value, caller, null, baseVersion, ct);
    }
}
