using Ippon.Forecast;
using Ippon.Forecast.Reporting;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Review;

/// <summary>The probabilistic forecast of a stored plan with its stored actuals (the same as <c>ippon forecast</c>): the KGI's chance, the landings, and the lever for a chosen chance.</summary>
public static class ForecastPlan
{
    /// <summary>The most trials one request may ask for: the server is shared.</summary>
    public const int MaxTrials = 200_000;

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:guid}/forecast", async (Guid id, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "as_of")] string? asOf, string? confidence, string? trials, string? seed, string? lever,
                PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var loaded = await store.LoadAsync(id, null, ct);
                if (!loaded.Ok) return loaded.Failure.ToProblem(language);
                var rows = await store.ActualsAsync(id, ct);
                var parsed = Options(loaded.Value.Plan, confidence, trials, seed, lever);
                if (!parsed.Ok) return parsed.Failure.ToProblem(language);
                var forecast = await Task.Run(() => Run(loaded.Value.Plan, rows, asOf, parsed.Value), ct);
                return forecast.ToHttp(language, f => TypedResults.Text(ForecastJson.Serialize(f, language), "application/json; charset=utf-8"));
            })
            .WithName("ForecastPlan").WithSummary("The KGI's chance and every metric's landing (P10/P50/P90), beliefs, contributions, and the lever for ?confidence=80% (?as_of=Q1&trials=10000&seed=1&lever=leads): the JSON of `ippon forecast --json`")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The options from the query, each bad value a 400 naming its field.</summary>
    public static Outcome<ForecastOptions> Options(Plan plan, string? confidence, string? trials, string? seed, string? lever)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var options = new ForecastOptions();
        if (!string.IsNullOrWhiteSpace(confidence))
        {
            if (!NumberText.TryParse(confidence, out var c) || c is <= 0 or >= 1)
                return Failure.Invalid("confidence", $"confidence は 0% より大きく 100% より小さい確率です (例: 80%)。'{confidence}' は使えません", $"confidence is a probability between 0% and 100% (e.g. 80%), not '{confidence}'");
            options = options with { Confidence = (double)c };
        }
        if (!string.IsNullOrWhiteSpace(trials))
        {
            if (!int.TryParse(trials, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxTrials)
                return Failure.Invalid("trials", $"trials は 1 から {MaxTrials:N0} までの整数です ('{trials}')", $"trials is a whole number from 1 to {MaxTrials:N0}, not '{trials}'");
            options = options with { Trials = n };
        }
        if (!string.IsNullOrWhiteSpace(seed))
        {
            if (!int.TryParse(seed, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var s))
                return Failure.Invalid("seed", $"seed は整数です ('{seed}')", $"seed is a whole number, not '{seed}'");
            options = options with { Seed = s };
        }
        if (!string.IsNullOrWhiteSpace(lever))
        {
            if (plan.Find(lever) is null)
                return Failure.Invalid("lever", $"lever: '{lever}' という指標はありません", $"lever: the plan has no metric '{lever}'");
            options = options with { Lever = lever };
        }
        return options;
    }

    /// <summary>Forecasts <paramref name="plan"/> with <paramref name="rows"/> counted up to <paramref name="asOf"/> (the last period with actuals when empty).</summary>
    public static Outcome<ForecastResult> Run(Plan plan, IReadOnlyList<ActualRow> rows, string? asOf, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var actuals = Ippon.Review.Actuals.Empty;
        if (rows.Count > 0 || !string.IsNullOrWhiteSpace(asOf))
        {
            var periods = Ippon.Review.ReviewPeriods.Of(plan, string.IsNullOrWhiteSpace(asOf) ? null : asOf).ToOutcome();
            if (!periods.Ok) return periods.Failure;
            if (periods.Value.AsOf is { } at) options = options with { AsOf = at };
            actuals = StoredActuals.ForReview(plan, rows);
        }
        return Forecaster.Run(plan, actuals, options);
    }
}
