using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>
/// The plan per period once re-plans were adopted: a period already closed when a revision was adopted keeps the plan
/// it had then, and only the periods after it are re-planned. Without this a re-plan repaints the past (the plan's
/// new 1,340 leads split over all four quarters would make Q1 and Q2, reviewed at 80% against 250, red against 335).
/// </summary>
/// <remarks>
/// For each revision in order of its period k: the plan before it (every later revision's changes undone, its own too)
/// has already given periods 1…k; the plan after it gives the rest. A quantity's remaining periods share what the
/// revised plan still asks after k — its revised total less what was achieved through k (the actual when known; for
/// the KGI the landing's actual through the formulas; else the plan through k) — by its own weights, never below 0.
/// That is exactly the re-plan the review showed when the revision was adopted (1,340 − 400 leads = 940 → 470, 470).
/// A rate or price takes the revised value in the periods after k. A revision without a period this calendar knows,
/// or whose changes cannot be undone (a value that did not exist before), is not period-bound: the whole horizon
/// follows the current plan, as before revisions were honoured.
/// </remarks>
static class ClosedPeriods
{
    public static (PeriodPlan Periods, ImmutableArray<KeptRevision> Kept) Apply(Plan plan, PeriodCalendar calendar, ReviewOptions options, PlanResult current,
        PeriodPlan currentPeriods, ActualDerivation.Derived[] cumulative)
    {
        var kept = new List<(Revision Revision, int Through)>();
        foreach (var revision in plan.Revisions)
        {
            if (string.IsNullOrWhiteSpace(revision.Period) || revision.Changes.IsDefaultOrEmpty) continue;
            if (revision.Changes.Any(c => c.From is null || c.Field is not ("value" or "target") || plan.Find(c.Metric) is null)) continue;
            var span = calendar.Resolve(revision.Period);
            if (!span.Success) continue;
            kept.Add((revision, span.Value.Last.Index));
        }
        if (kept.Count == 0) return (currentPeriods, []);
        kept = [.. kept.OrderBy(k => k.Through)]; // stable: revisions of one period stay in file order

        // plans[i]: the plan before revision i (revisions i… undone, the latest first so that the earliest From wins).
        var plans = new PlanResult[kept.Count + 1];
        plans[kept.Count] = current;
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var undone = kept.Skip(i).Reverse().SelectMany(k => k.Revision.Changes)
                .Select(c => c.Field == "value" ? new ScenarioOverride(c.Metric, c.From, null) : new ScenarioOverride(c.Metric, null, c.From));
            plans[i] = PlanCalculator.Calculate(plan.With(undone), options.Calculation);
        }

        var model = current.Model;
        var n = model.Metrics.Length;
        var count = calendar.Count;
        var first = PeriodPlan.Build(plans[0], calendar);
        var planned = first.Metrics.Select(m => m.Planned.ToArray()).ToArray();
        var targets = first.Metrics.Select(m => m.Targets.ToArray()).ToArray();
        for (var i = 0; i < kept.Count; i++)
        {
            var k = kept[i].Through;
            if (k + 1 >= count) continue; // adopted at the last period: nothing left to re-plan
            var after = PeriodPlan.Build(plans[i + 1], calendar);
            var sofar = With(currentPeriods, planned, targets);
            decimal? kgiActual = model.Kgi >= 0 && cumulative[k].Values[model.Kgi] is null
                ? PlanReview.KgiActualToDate(plans[i + 1], sofar, cumulative[k].Values, cumulative[k].Sources, k)
                : null;
            for (var m = 0; m < n; m++)
            {
                var split = after.Metrics[m];
                if (split.IsQuality)
                {
                    for (var p = k + 1; p < count; p++) (planned[m][p], targets[m][p]) = (split.Planned[p], split.Targets[p]);
                    continue;
                }
                var done = cumulative[k].Values[m] ?? (m == model.Kgi ? kgiActual : null) ?? sofar.Metrics[m].PlannedThrough(k);
                var tail = split.Weights.Skip(k + 1).ToArray();
                if (tail.Sum() <= 0) Array.Fill(tail, 1m);
                var unit = split.Metric.Metric.Unit;
                decimal?[] Rest(decimal? total) => total is { } t && done is { } d
                    ? [.. PeriodSplit.Split(Math.Max(0, t - d), tail, unit).Select(v => (decimal?)v)]
                    : new decimal?[tail.Length];
                var plannedRest = Rest(split.Metric.PlannedValue);
                var targetRest = Rest(split.Metric.Target);
                for (var p = k + 1; p < count; p++) (planned[m][p], targets[m][p]) = (plannedRest[p - k - 1], targetRest[p - k - 1]);
            }
        }
        return (With(currentPeriods, planned, targets), [.. kept.Select(k => new KeptRevision(k.Revision, calendar.Periods[k.Through]))]);
    }

    static PeriodPlan With(PeriodPlan periods, decimal?[][] planned, decimal?[][] targets) =>
        periods.With([.. periods.Metrics.Select((m, i) => m with { Planned = [.. planned[i]], Targets = [.. targets[i]] })]);
}
