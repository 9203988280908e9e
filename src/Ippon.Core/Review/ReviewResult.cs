using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>A plan reviewed against its actuals at one period: every metric's plan and actual, the KGI's landing, the metrics to act on and the re-planned plan.</summary>
public sealed record ReviewResult
{
    public required Plan Plan { get; init; }

    public required PeriodCalendar Calendar { get; init; }

    /// <summary>The period reviewed at: actuals up to and including it count to date.</summary>
    public required Period AsOf { get; init; }

    /// <summary>The plan as calculated before the review.</summary>
    public required PlanResult Baseline { get; init; }

    /// <summary>The plan back-calculated again with the observed quality metrics (KSF and KGI targets unchanged).</summary>
    public required PlanResult Replanned { get; init; }

    /// <summary>The overrides the re-plan applied: each observed quality metric's value.</summary>
    public ImmutableArray<ScenarioOverride> Observed { get; init; } = [];

    /// <summary>The plan split over the periods: the baseline's, except that periods closed when a re-plan was adopted keep the plan they had (see <see cref="Kept"/>).</summary>
    public required PeriodPlan Periods { get; init; }

    /// <summary>The adopted re-plans (revisions with a period) whose closed periods keep their earlier plan, in period order; empty when the whole horizon follows the plan as it is.</summary>
    public ImmutableArray<KeptRevision> Kept { get; init; } = [];

    /// <summary>Every metric, in plan order.</summary>
    public ImmutableArray<MetricReview> Metrics { get; init; } = [];

    /// <summary>Where the KGI lands; null when the plan has no single KGI.</summary>
    public KgiLanding? Kgi { get; init; }

    /// <summary>The few metrics that explain most of the KGI's shortfall, in the order to act on them; empty when on track.</summary>
    public ImmutableArray<ReviewFocus> Focus { get; init; } = [];

    /// <summary>The plan's findings, then the review's (incomplete actuals, re-plan that breaks a check).</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>How the plan moved before: the plan file's revisions.</summary>
    public ImmutableArray<Revision> Revisions => Plan.Revisions;

    /// <summary>True when the plan, or what the actuals make of it (a value beyond the range), has error findings (the exit code is then 1).</summary>
    public bool HasErrors => Findings.Any(f => f.Rule.Severity == Severity.Error);

    /// <summary>
    /// True when the KGI's actual to date is behind its plan to date (above it for <c>direction: down</c>), measured
    /// through the formulas (<see cref="KgiLanding.GapToDate"/>): the one rule for "behind" — the CLI's review, the
    /// approval document and the web page's members table ("off track": a rep's own review) all ask it here.
    /// </summary>
    public bool BehindToDate => Kgi?.GapToDate is { } gap && Baseline.Kgi is { } kgi && (kgi.Metric.Direction == Direction.Down ? gap > 0 : gap < 0);

    /// <summary>The KGI's actual to date ÷ its plan to date (plan ÷ actual for <c>direction: down</c>), as <see cref="MetricReview.Attainment"/> is made; null without actuals or a plan to date.</summary>
    public decimal? AttainmentToDate => Kgi is { } k && Baseline.Kgi is { } kgi ? PlanReview.Ratio(k.ActualToDate, k.PlannedToDate, kgi.Metric.Direction == Direction.Down) : null;

    /// <summary>The review of the metric with <paramref name="id"/>.</summary>
    public MetricReview? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id && m.Member is null);
}
