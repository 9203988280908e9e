using Ippon.Files;
using Ippon.Web.Features.Accounts;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Authoring;
using Ippon.Numbers;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Plans;

/// <summary>Creates a plan from a template or from plan file text; the first version records who and why.</summary>
public static class CreatePlan
{
    /// <summary>Either a template name (see <c>GET /api/templates</c>; <c>blank</c> for a blank plan) or the plan file text.</summary>
    public sealed record Request(string? Template, string? Yaml);

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/", async (Request body, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var created = await store.CreateAsync(body, Caller.Of(http), ct);
                return created.ToHttp(language, p => TypedResults.Created($"/api/plans/{p.Id}", p));
            })
            .RequireAuthorization(Access.Plan)
            .WithName("CreatePlan").WithSummary("Create a plan from a template or from plan file text (YAML)")
            .Produces<PlanSummary>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

    public static async Task<Outcome<PlanSummary>> Run(IpponDb db, Request request, Caller caller, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Template == Templates.Blank) return await Blank(db, caller, Language.Ja, time, limits, ct);
        if (request.Template is { Length: > 0 } name)
        {
            var text = Templates.Text(name);
            if (text is null)
            {
                return Failure.Invalid("template", $"テンプレート '{name}' はありません。使えるもの: {string.Join(", ", Templates.Names)}",
                    $"no template '{name}'; expected one of {string.Join(", ", Templates.Names)}");
            }
            return await Store(db, text, caller, $"テンプレート {name} から作成 / created from the template {name}", time, limits, ct);
        }
        return await Store(db, request.Yaml, caller, "作成 / created", time, limits, ct);
    }

    /// <summary>
    /// The page's 新しい計画 from a template: the template's text under a title no other plan has ("… (2)"), so that
    /// three plans made from one template never share a name. (The API's create keeps the template's text as it is.)
    /// </summary>
    public static async Task<Outcome<PlanSummary>> FromTemplate(IpponDb db, string name, Caller caller, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = Templates.Text(name);
        if (text is null) return await Run(db, new Request(name, null), caller, time, limits, ct); // the refusal naming the templates
        var read = PlanText.Read(text, limits);
        if (!read.Ok) return read.Failure;
        text = NewPlan.Retitle(text, NewPlan.UniqueTitle(read.Value.Title, await TitlesAsync(db, ct)));
        return await Store(db, text, caller, $"テンプレート {name} から作成 / created from the template {name}", time, limits, ct);
    }

    /// <summary>Stores a blank plan (<see cref="NewPlan.Blank"/>) under a title no other plan has, for the guided flow to fill in.</summary>
    public static async Task<Outcome<PlanSummary>> Blank(IpponDb db, Caller caller, Language language, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(time);
        var blank = NewPlan.Blank(language, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        blank = blank with { Title = NewPlan.UniqueTitle(blank.Title, await TitlesAsync(db, ct)) };
        return await Store(db, PlanText.Write(blank), caller, "白紙から作成 / created blank", time, limits, ct);
    }

    /// <summary>The titles of the plans not deleted.</summary>
    static async Task<List<string>> TitlesAsync(IpponDb db, CancellationToken ct) =>
        await db.Plans.Where(p => p.DeletedAt == null).Select(p => p.Title).ToListAsync(ct);

    /// <summary>Stores <paramref name="yaml"/> as a new plan after reading and checking it.</summary>
    public static async Task<Outcome<PlanSummary>> Store(IpponDb db, string? yaml, Caller caller, string summary, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.CanManagePlans) return Forbidden.Plan;
        yaml = yaml is null ? null : TextFile.StripBom(yaml);
        var read = PlanText.Read(yaml, limits);
        if (!read.Ok) return read.Failure;
        var now = time.GetUtcNow().UtcDateTime;
        var (plan, first) = StoredPlan.Create(read.Value.Title, yaml!, caller.Name, summary, now);
        db.Plans.Add(plan);
        db.PlanVersions.Add(first);
        AuditTrail.Lifecycle(db, plan, "created", caller, now);
        await db.SaveChangesAsync(ct);
        return PlanSummary.Of(plan);
    }
}
