using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Optimize;
using Ippon.Plans;
using Ippon.Web.Features.Calculation;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Optimization;

/// <summary>The optimizer over HTTP: the same answer as <c>ippon optimize --json</c>, for plan text or a stored plan; the page's 最適化 panel calls <see cref="Run"/>.</summary>
public static class OptimizePlan
{
    /// <summary>A plan file to optimize, with the objective (cost, hours, kgi), a budget (<c>"500万"</c>), a scenario and what-if values.</summary>
    public sealed record Request(string Yaml, string? Objective, string? Budget, string? Scenario, Dictionary<string, string>? Set);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/optimize", (Request body, HttpContext http, UploadLimits limits) =>
            {
                var language = RequestLanguage.Of(http);
                var read = PlanText.Read(body.Yaml, limits);
                if (!read.Ok) return read.Failure.ToProblem(language);
                return Answer(read.Value, body.Objective, body.Budget, body.Scenario, body.Set ?? [], language);
            })
            .WithTags("Optimize").WithName("Optimize")
            .WithSummary("The cheapest action mix that covers every KPI within the teams' hours (objective cost|hours|kgi, budget), or the smallest fix: the JSON of `ippon optimize --json`")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/plans/{id:guid}/optimization", async (Guid id, int? version, string? objective, string? budget, string? scenario,
                [FromQuery(Name = "set")] string[]? set, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var loaded = await store.LoadAsync(id, version, ct);
                if (!loaded.Ok) return loaded.Failure.ToProblem(language);
                return Answer(loaded.Value.Plan, objective, budget, scenario, set ?? [], language);
            })
            .WithTags("Optimize").WithName("OptimizeStoredPlan")
            .WithSummary("Optimize a stored plan (?objective=cost|hours|kgi, ?budget=500万, ?version=N, ?scenario=, ?set=win_rate=15%): the JSON of `ippon optimize --json`")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        ApplyOptimum.Map(app);
    }

    static IResult Answer(Plan plan, string? objective, string? budget, string? scenario, IEnumerable<KeyValuePair<string, string>> sets, Language language) =>
        Answer(plan, objective, budget, CalculationInput.Options(plan, scenario, sets), language);

    static IResult Answer(Plan plan, string? objective, string? budget, string? scenario, IEnumerable<string> sets, Language language) =>
        Answer(plan, objective, budget, CalculationInput.Options(plan, scenario, sets), language);

    static IResult Answer(Plan plan, string? objective, string? budget, Outcome<CalculationOptions> calculation, Language language)
    {
        var options = Options(objective, budget);
        if (!options.Ok) return options.Failure.ToProblem(language);
        if (!calculation.Ok) return calculation.Failure.ToProblem(language);
        var result = Run(plan, options.Value, calculation.Value);
        if (!result.Ok) return result.Failure.ToProblem(language);
        return TypedResults.Text(OptimizeJson.Serialize(result.Value, language), "application/json; charset=utf-8");
    }

    /// <summary>Optimizes <paramref name="plan"/>; a plan that cannot be optimized as written is a failure naming why (never a 500).</summary>
    public static Outcome<OptimizeResult> Run(Plan plan, OptimizeOptions options, CalculationOptions? calculation = null)
    {
        var result = ActionMixOptimizer.Run(plan, options, calculation);
        return result.Status == SolveStatus.Unsupported
            ? Failure.Invalid("actions", result.Error!.In(Language.Ja), result.Error!.In(Language.En))
            : result;
    }

    /// <summary>The objective and budget as typed (<c>kgi</c>, <c>500万</c>), or the field that is wrong.</summary>
    public static Outcome<OptimizeOptions> Options(string? objective, string? budget)
    {
        Objective? goal = (objective ?? "cost").Trim().ToLowerInvariant() switch
        {
            "cost" => Objective.Cost,
            "hours" => Objective.Hours,
            "kgi" => Objective.Kgi,
            _ => null,
        };
        if (goal is null)
            return Failure.Invalid("objective", $"objective は cost, hours, kgi のどれかです ('{objective}')", $"objective expects cost, hours or kgi, found '{objective}'");
        decimal? limit = null;
        if (!string.IsNullOrWhiteSpace(budget))
        {
            if (!NumberText.TryParse(budget, out var amount) || amount < 0)
                return Failure.Invalid("budget", $"budget には 0 以上の金額を指定してください (例: 500万)。'{budget}' は使えません", $"budget expects an amount of at least 0 such as 500万, found '{budget}'");
            limit = amount;
        }
        if (goal == Objective.Kgi && limit is null)
            return Failure.Invalid("budget", "objective kgi には budget (予算) が必要です (例: 500万)", "objective kgi needs a budget (e.g. 500万)");
        return new OptimizeOptions { Objective = goal.Value, Budget = limit, TimeLimit = TimeSpan.FromSeconds(10) };
    }
}
