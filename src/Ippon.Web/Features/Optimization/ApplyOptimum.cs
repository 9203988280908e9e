using Ippon.Numbers;
using Ippon.Optimize;
using Ippon.Plans;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Optimization;

/// <summary>
/// "Apply this mix": the optimizer's volumes written into a plan. The page applies them to its draft (saved with 保存,
/// dropped with 破棄); the API optimizes the latest version and saves the mix as a new version through
/// <see cref="SavePlan.Run"/>, the one save path (merge, department scope, audit trail).
/// </summary>
public static class ApplyOptimum
{
    /// <summary>The objective (cost, hours, kgi) and budget (<c>500万</c>) as for <c>GET …/optimization</c>; the version the caller read.</summary>
    public sealed record Request(string? Objective, string? Budget, int? BaseVersion);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/plans/{id:guid}/optimization/apply", async (Guid id, Request? body, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                if (await SavePlan.Precondition(store, id, http, language, ct) is { } stale) return stale;
                var options = OptimizePlan.Options(body?.Objective, body?.Budget);
                if (!options.Ok) return options.Failure.ToProblem(language);
                return SavePlan.Respond(await Run(store, id, options.Value, Caller.Of(http), body?.BaseVersion, language, ct), http);
            })
            .RequireAuthorization(Access.Edit).WithTags("Optimize").WithName("ApplyOptimization")
            .WithSummary("Optimize the plan (objective cost|hours|kgi, budget) and save the optimal volumes as a new version (If-Match or base_version refuse a stale apply)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>Optimizes the version <paramref name="baseVersion"/> (else the latest) and saves its mix as the next version.</summary>
    public static async Task<Outcome<Saved>> Run(PlanStore store, Guid id, OptimizeOptions options, Caller caller, int? baseVersion, Language language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanEdit) return Forbidden.Edit;
        var loaded = await store.LoadAsync(id, baseVersion, ct);
        if (!loaded.Ok) return loaded.Failure.Kind == FailureKind.NotFound && baseVersion is { } b ? SavePlan.Stale(b, b) : loaded.Failure;
        var optimized = OptimizePlan.Run(loaded.Value.Plan, options);
        if (!optimized.Ok) return optimized.Failure;
        var mixed = Mix(loaded.Value.Plan, optimized.Value);
        if (!mixed.Ok) return mixed.Failure;
        return await store.SaveDraftAsync(id, mixed.Value, caller, Summary(optimized.Value, language), baseVersion ?? loaded.Value.Version.Number, ct);
    }

    /// <summary>
    /// <paramref name="plan"/> with the volume of each action the optimizer moves set to its optimal one and its share
    /// dropped (the volume says it all); refused when there is no mix (nothing fits: the smallest fixes are the message).
    /// </summary>
    /// <remarks>
    /// An action whose optimal volume is the one it has now is left as written: calls back-calculated from the deals
    /// keep following the deals when a rate changes later, instead of being frozen at today's number. Every action's
    /// volume in the plan is still the optimizer's (<c>ippon optimize --write</c> writes every volume, a file to review).
    /// </remarks>
    public static Outcome<Plan> Mix(Plan plan, OptimizeResult result)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.HasMix)
        {
            var why = OptimizeSummary.Of(result);
            return Failure.Invalid("objective", "適用できる組み合わせがありません: " + why.In(Language.Ja), "there is no mix to apply: " + why.In(Language.En));
        }
        var volumes = result.Lines.Where(l => l.Optimal is { } o && o != l.Current).ToDictionary(l => l.Action.Id, l => (decimal)l.Optimal!.Value, StringComparer.Ordinal);
        return PlanText.Check(plan with
        {
            Actions = [.. plan.Actions.Select(a => volumes.TryGetValue(a.Id, out var v) ? a with { Volume = v, Share = null } : a)],
        });
    }

    /// <summary>The version's summary: 最適化 (費用最小): ウェビナー開催 6回 → 2回、SEO記事 12本 → 24本.</summary>
    public static string Summary(OptimizeResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var changed = result.Lines.Where(l => l.Optimal is { } o && o != l.Current).Select(l =>
            $"{l.Action.Label} {Formatter.Format(l.Current, l.Action.Unit, language)} → {Formatter.Format(l.Optimal, l.Action.Unit, language)}").ToList();
        var what = changed.Count == 0 ? language.T("変更なし", "no change") : string.Join(language.T("、", ", "), changed);
        return language.T($"最適化 ({ObjectiveNames.Of(result.Objective).In(language)}): {what}", $"optimized ({ObjectiveNames.Of(result.Objective).In(language)}): {what}");
    }
}
