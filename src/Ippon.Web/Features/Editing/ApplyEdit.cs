using Ippon.Web.Features.Accounts;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// Loads a plan's version (the one the edit is based on, else the latest), applies one edit (the same edit functions
/// the page uses on its draft) and saves the result as a new version, merged with what was saved since.
/// </summary>
public static class ApplyEdit
{
    public static async Task<Outcome<Saved>> Run(IpponDb db, Guid id, Func<Plan, Outcome<Plan>> edit, Caller caller, int? baseVersion, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanEdit) return Forbidden.Edit;
        var loaded = await LoadPlan.Run(db, id, baseVersion, ct);
        if (!loaded.Ok) return loaded.Failure.Kind == FailureKind.NotFound && baseVersion is { } b ? SavePlan.Stale(b, loaded.Value?.Version.Number ?? b) : loaded.Failure;
        var edited = edit(loaded.Value.Plan);
        if (!edited.Ok) return edited.Failure;
        var file = PlanText.Written(edited.Value);
        if (!file.Ok) return file.Failure;
        return await SavePlan.Run(db, id, file.Value, caller, null, baseVersion, time, ct);
    }

    /// <summary>The HTTP response of an edit: 200 with the save and its ETag, or the problem.</summary>
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
}
