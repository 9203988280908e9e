using System.Collections.Immutable;
using System.Text.Json;
using Ippon.Numbers;
using Ippon.Review;

namespace Ippon.Web.Features.Review;

/// <summary>One bar of a load or act-on chart: a label and its exact values (plan and re-plan load, or a KGI effect).</summary>
public sealed record ChartBar(string Key, string Label, decimal? Plan, decimal? Replan);

/// <summary>One line or set of bars of a review chart: exact values per period (null where there is nothing to draw).</summary>
/// <param name="Key">plan, actual, replan, landing… (the data attribute's name).</param>
public sealed record YearSeries(string Key, Message Name, ImmutableArray<decimal?> Values);

/// <summary>
/// The numbers the review's charts draw, taken from the review engine and nowhere else: per period (plan, actual,
/// re-plan) and cumulative (plan, actual, the landing if the rest goes as planned, the re-plan line), the loads of
/// the actions per department, and the metrics to act on. The charts convert them to double for drawing only; the
/// exact values go into the page as data attributes (what the browser tests compare with the engine).
/// </summary>
public static class YearChartData
{
    /// <summary>Plan, actual (periods reviewed) and re-plan (periods to come), per period.</summary>
    public static ImmutableArray<YearSeries> PerPeriod(MetricReview metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return
        [
            new("plan", new Message("計画", "Plan"), [.. metric.Periods.Select(p => p.Plan)]),
            new("actual", new Message("実績", "Actual"), [.. metric.Periods.Select(p => p.Closed ? p.Actual : null)]),
            new("replan", new Message("再計画", "Re-plan"), [.. metric.Periods.Select(p => p.Closed ? null : p.Replanned)]),
        ];
    }

    /// <summary>
    /// From the first period: the plan, the actual, and from the review's period on the landing (actual to date plus the
    /// plan to come: it ends at the metric's forecast) and the re-plan (actual to date plus the re-plan: it ends at the
    /// re-planned target). For the KGI without an actual of its own, the actual to date is its landing's, through the formulas.
    /// </summary>
    public static ImmutableArray<YearSeries> Cumulative(MetricReview metric, ReviewResult review)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(review);
        var asOf = review.AsOf.Index;
        var count = metric.Periods.Length;
        var isKgi = review.Kgi is { } k && k.Metric == metric.Id && metric.Member is null;
        var done = metric.ActualToDate ?? (isKgi ? review.Kgi!.ActualToDate : null);
        var actual = new decimal?[count];
        for (var p = 0; p < count; p++) actual[p] = metric.Periods[p].Closed ? metric.Periods[p].CumulativeActual : null;
        if (actual[asOf] is null) actual[asOf] = done;
        return
        [
            new("plan", new Message("計画 (累計)", "Plan (cumulative)"), [.. metric.Periods.Select(p => p.CumulativePlan)]),
            new("actual", new Message("実績 (累計)", "Actual (cumulative)"), [.. actual]),
            new("landing", new Message("着地見込み (残りが計画どおり)", "Landing (rest as planned)"), From(done, asOf, metric.Periods.Select(p => p.Plan).ToArray())),
            new("replan", new Message("再計画", "Re-plan"), From(done, asOf, metric.Periods.Select(p => p.Replanned).ToArray())),
        ];
    }

    // done at the review's period, then done plus each period to come added up; nothing before it.
    static ImmutableArray<decimal?> From(decimal? done, int asOf, decimal?[] perPeriod)
    {
        var line = new decimal?[perPeriod.Length];
        if (done is not { } total || asOf + 1 >= perPeriod.Length) return [.. line];
        line[asOf] = total;
        for (var p = asOf + 1; p < perPeriod.Length; p++)
        {
            if (perPeriod[p] is not { } v) return [.. new decimal?[perPeriod.Length]];
            total += v;
            line[p] = total;
        }
        return [.. line];
    }

    /// <summary>The series as a JSON object of exact values: {"plan":[250,250,…],"actual":[200,…,null]}.</summary>
    public static string Json(IEnumerable<YearSeries> series) =>
        JsonSerializer.Serialize(series.ToDictionary(s => s.Key, s => s.Values.Select(v => v).ToArray()));

    /// <summary>A value for drawing (NaN-free): the chart component takes doubles.</summary>
    public static double?[] Draw(YearSeries series) => [.. series.Values.Select(v => v is { } d ? (double?)(double)d : null)];

    /// <summary>
    /// Load per department (the actions' owners): with teams, the team's hours needed ÷ hours it has; otherwise its
    /// busiest action (volume ÷ capacity), since calls and webinars do not add up. At the plan and at the re-plan.
    /// </summary>
    public static ImmutableArray<ChartBar> Departments(ReviewResult review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (!review.Baseline.Teams.IsEmpty)
            return [.. review.Baseline.Teams.Select(t => new ChartBar(t.Id, t.Team.Label, t.Load, review.Replanned.Team(t.Id)?.Load))];
        return [.. review.Baseline.Actions
            .Where(a => a.Load is not null)
            .GroupBy(a => a.Action.Owner ?? "")
            .Select(g => new ChartBar(g.Key, g.Key.Length == 0 ? "—" : g.Key, g.Max(a => a.Load), g.Max(a => review.Replanned.Action(a.Id)?.Load)))];
    }

    /// <summary>
    /// Load per person: a team's named members each carry the team's load (spread evenly); otherwise each action with a
    /// head count shows what one of its people carries (all the same: volume ÷ capacity), labelled with the department and the count.
    /// </summary>
    public static ImmutableArray<ChartBar> People(ReviewResult review, Language language)
    {
        ArgumentNullException.ThrowIfNull(review);
        var members = review.Baseline.Teams.SelectMany(t => t.Team.Members.Select(m => new ChartBar($"{t.Id}/{m}", m, t.Load, review.Replanned.Team(t.Id)?.Load))).ToList();
        if (members.Count > 0) return [.. members];
        return [.. review.Baseline.Actions
            .Where(a => a.Load is not null && a.Action.Capacity?.People is not null)
            .Select(a => new ChartBar(a.Id,
                language.T($"{a.Action.Label} ×{a.Action.Capacity!.People:0.##}人", $"{a.Action.Label} ×{a.Action.Capacity!.People:0.##}"),
                a.Load, review.Replanned.Action(a.Id)?.Load))];
    }

    /// <summary>The metrics to act on, in order, with what each cost the KGI to date (its unit: money for revenue).</summary>
    public static ImmutableArray<ChartBar> ActOn(ReviewResult review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return [.. review.Focus.Select(f => new ChartBar(f.Metric, review.Plan.Find(f.Metric)?.Label ?? f.Metric, Math.Abs(f.Contribution), null))];
    }

    /// <summary>Bars as JSON of exact values: {"keys":[…],"plan":[…],"replan":[…]}.</summary>
    public static string Json(IEnumerable<ChartBar> bars)
    {
        var list = bars.ToList();
        return JsonSerializer.Serialize(new { keys = list.Select(b => b.Key), plan = list.Select(b => b.Plan), replan = list.Select(b => b.Replan) });
    }
}
