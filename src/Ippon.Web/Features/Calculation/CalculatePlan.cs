using Ippon.Calculation;
using Ippon.Reporting;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Calculation;

/// <summary>Calculates a plan (back-calculation, forward calculation, actions, checks) and answers with the contract's JSON, the same as <c>ippon plan --json</c>.</summary>
public static class CalculatePlan
{
    /// <summary>A plan file to calculate, with an optional scenario and what-if values (<c>{"win_rate": "15%"}</c>).</summary>
    public sealed record Request(string Yaml, string? Scenario, Dictionary<string, string>? Set);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calculate", async (Request body, HttpContext http, UploadLimits limits, RequestGuards guards, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var read = PlanText.Read(body.Yaml, limits);
                if (!read.Ok) return read.Failure.ToProblem(language);
                var options = CalculationInput.Options(read.Value, body.Scenario, body.Set ?? []);
                if (!options.Ok) return options.Failure.ToProblem(language);
                var result = await guards.Calculate(read.Value, options.Value, "yaml", ct);
                return result.ToHttp(language, r => Json(r, http));
            })
            .WithTags("Calculation").WithName("Calculate")
            .WithSummary("Calculate plan file text: the JSON of `ippon plan --json` (?lang=en for English messages)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/plans/{id:guid}/calculation", async (Guid id, int? version, string? scenario, [FromQuery(Name = "set")] string[]? set, PlanStore store, HttpContext http, RequestGuards guards, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var loaded = await store.LoadAsync(id, version, ct);
                if (!loaded.Ok) return loaded.Failure.ToProblem(language);
                var options = CalculationInput.Options(loaded.Value.Plan, scenario, set ?? []);
                if (!options.Ok) return options.Failure.ToProblem(language);
                var result = await guards.Calculate(loaded.Value.Plan, options.Value, "plan", ct);
                return result.ToHttp(language, r => Json(r, http));
            })
            .WithTags("Calculation").WithName("CalculateStoredPlan")
            .WithSummary("Calculate a stored plan (?version=N, ?scenario=stretch, ?set=win_rate=15%): the JSON of `ippon plan --json`")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Json(PlanResult result, HttpContext http) =>
        TypedResults.Text(PlanJson.Serialize(result, RequestLanguage.Of(http)), "application/json; charset=utf-8");
}
