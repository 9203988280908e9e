using Ippon.Calculation;
using Ippon.Forecast;
using Ippon.Numbers;
using Ippon.Optimize;
using Ippon.Review;
using Ippon.Sensitivity;

namespace Ippon.Export;

/// <summary>What every export renders: a calculated plan, the language of the reader and the document's date.</summary>
/// <param name="Result">The plan after back- and forward-calculation (scenario and --set applied).</param>
/// <param name="Language">Japanese by default; English with <c>--lang en</c>.</param>
/// <param name="Date">The date printed on the approval document (today, from the caller's clock).</param>
public sealed record ExportContext(PlanResult Result, Language Language, DateOnly Date)
{
    /// <summary>The plan file's name, printed in the document's colophon.</summary>
    public string? Source { get; init; }

    /// <summary>The review against actuals (<c>--actuals</c>), or null when none was given.</summary>
    public ReviewResult? Review { get; init; }

    /// <summary>
    /// The actuals rows the review was made from, or null. The forecast needs the rows themselves, not only the review's
    /// totals: a rate by member learns each member's posterior from that member's own rows, as <c>ippon forecast</c> does.
    /// </summary>
    public Actuals? Actuals { get; init; }

    /// <summary>How far each input is moved for the sensitivity analysis: ±10% by default.</summary>
    public decimal SensitivityStep { get; init; } = 0.1m;

    /// <summary>The inputs ranked by how much they move the KGI (computed on first use, from the plan as calculated).</summary>
    public SensitivityResult Sensitivity => _sensitivity ??= SensitivityAnalysis.Run(Result.Plan, SensitivityStep);

    SensitivityResult? _sensitivity;

    /// <summary>The KGI's chance (10,000 trials, seed 1) with the review's actuals when given, for the approval document's 達成確率 (computed on first use).</summary>
    public ForecastResult? Forecast => _forecast ??= Result.Kgi?.Target is null ? null
        : Review is { } r ? Forecaster.FromReview(r, r.Metrics.Any(m => m.ActualToDate is not null), ForecastOptions, Actuals)
        : Forecaster.Run(Result.Plan, Actuals.Empty, ForecastOptions);

    ForecastResult? _forecast;

    static ForecastOptions ForecastOptions => new() { Trials = 10_000, Seed = 1 };

    /// <summary>
    /// The cheapest action mix that covers every KPI within the teams' hours (<c>ippon optimize</c>), for plans that give
    /// the optimizer something to weigh (teams, or costs or hours per unit); null otherwise. Computed on first use.
    /// </summary>
    public OptimizeResult? Optimization => _optimized ? _optimization : Optimize();

    OptimizeResult? _optimization;
    bool _optimized;

    OptimizeResult? Optimize()
    {
        var plan = Result.Plan;
        _optimized = true;
        if (plan.Teams.IsEmpty && !plan.Actions.Any(a => a.CostPerUnit is not null || a.HoursPerUnit is not null)) return null;
        return _optimization = ActionMixOptimizer.Run(plan, new OptimizeOptions { TimeLimit = TimeSpan.FromSeconds(10) });
    }

    /// <summary>The Japanese or the English text, for the reader's language.</summary>
    public string T(string ja, string en) => Language.T(ja, en);
}
