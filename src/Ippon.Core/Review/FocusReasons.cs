using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>Picks the metrics that explain most of the KGI's shortfall and says why, with the numbers a manager acts on.</summary>
/// <remarks>
/// The factors that pulled the KGI the wrong way are taken largest first until they explain
/// <see cref="ReviewOptions.FocusCoverage"/> of the shortfall, at most <see cref="ReviewOptions.MaxFocus"/>. A rate's reason
/// says what its observed value asks of the KPIs above it (the plan back-calculated with that rate alone); a
/// volume's says what is left to deliver per remaining period.
/// </remarks>
static class FocusReasons
{
    public static ImmutableArray<ReviewFocus> Pick(ReviewResult review, Dictionary<int, decimal> contributions, ReviewOptions options)
    {
        var model = review.Baseline.Model;
        if (model.Kgi < 0) return [];
        var kgi = review.Baseline.Metrics[model.Kgi];
        var down = kgi.Metric.Direction == Direction.Down;
        var hurting = contributions.Where(c => down ? c.Value > 0 : c.Value < 0).OrderByDescending(c => Math.Abs(c.Value)).ThenBy(c => c.Key).ToList();
        var total = hurting.Sum(c => Math.Abs(c.Value));
        if (total == 0) return [];
        var picked = ImmutableArray.CreateBuilder<ReviewFocus>();
        decimal explained = 0;
        foreach (var (m, contribution) in hurting)
        {
            if (picked.Count >= options.MaxFocus || (picked.Count > 0 && explained >= options.FocusCoverage * total)) break;
            explained += Math.Abs(contribution);
            var share = Math.Abs(contribution) / total;
            var metric = review.Metrics[m];
            picked.Add(new ReviewFocus(metric.Id, Kpi(model, m), contribution, share, Reason(review, metric, kgi, contribution, share, options)));
        }
        return picked.ToImmutable();
    }

    // The KPI a factor acts through: itself when it has a role, else the nearest metric above it with role kpi (win_rate → orders).
    static string? Kpi(PlanModel model, int m)
    {
        if (model.Metrics[m].Role is not null) return model.Metrics[m].Id;
        var seen = new HashSet<int> { m };
        var queue = new Queue<int>([m]);
        string? anyRole = null;
        while (queue.Count > 0)
        {
            foreach (var d in model.Graph.Dependents(queue.Dequeue()))
            {
                if (!seen.Add(d)) continue;
                if (model.Metrics[d].Role == MetricRole.Kpi) return model.Metrics[d].Id;
                anyRole ??= model.Metrics[d].Role is not null ? model.Metrics[d].Id : null;
                queue.Enqueue(d);
            }
        }
        return anyRole;
    }

    // One sentence for both readings: exact numbers and the plan's own period labels (M04) for the CLI, its JSON and
    // the documents; rounded numbers (83%, 9,604万円) and fiscal labels (7月) in the page (Message's rounding).
    static Message Reason(ReviewResult review, MetricReview metric, MetricResult kgi, decimal contribution, decimal share, ReviewOptions options)
    {
        var unit = metric.Metric.Metric.Unit;
        var label = metric.Metric.Metric.Label;
        string F(decimal? v, Language l, DisplayRounding? r) => DisplayRounding.InMessage(r, v, unit, l);
        string K(decimal v, Language l, DisplayRounding? r) => DisplayRounding.InMessage(r, Math.Abs(v), kgi.Metric.Unit, l);
        string Pct(decimal ratio, DisplayRounding? r) => DisplayRounding.PercentInMessage(r, ratio);
        if (metric.IsQuality)
        {
            var moves = Retargets(review, metric, options);
            string Moves(Language l, DisplayRounding? r, string and) => string.Join(and, moves.Select(x => $"{x.Label} {DisplayRounding.InMessage(r, x.From, x.Unit, l)} → {DisplayRounding.InMessage(r, x.To, x.Unit, l)}"));
            return new Message((l, r) => l.T($"{label} は実績 {F(metric.ActualToDate, l, r)} (前提 {F(metric.PlannedToDate, l, r)}): {kgi.Metric.Label} を今期まで {K(contribution, l, r)} 押し下げています (不足の {Pct(share, r)})。{(moves.Count == 0 ? "" : $"この率のままなら {Moves(l, r, "、")} が必要です")}", $"{label} is {F(metric.ActualToDate, l, r)} against the assumed {F(metric.PlannedToDate, l, r)}: it cost {kgi.Metric.Label} {K(contribution, l, r)} to date ({Pct(share, r)} of the shortfall).{(moves.Count == 0 ? "" : $" At this rate the plan needs {Moves(l, r, ", ")}")}"));
        }
        var left = review.Calendar.Count - review.AsOf.Index - 1;
        var next = left > 0 ? metric.Periods[review.AsOf.Index + 1] : null;
        string Att(DisplayRounding? r) => metric.Attainment is { } a ? Pct(a, r) : "—";
        string Next(Language l, DisplayRounding? r) => r is null ? next!.Period.Label : FiscalYear.WithoutYear(next!.Period, l);
        var rest = left > 0 ? metric.Remaining : null;
        return new Message((l, r) => l.T($"{label} は実績 {F(metric.ActualToDate, l, r)} (計画 {F(metric.PlannedToDate, l, r)}、達成率 {Att(r)}): {kgi.Metric.Label} を {K(contribution, l, r)} 押し下げています (不足の {Pct(share, r)})。{(rest is not null ? $"再計画では残り {left} 期で {F(rest, l, r)} (次の {Next(l, r)} は {F(next!.Replanned, l, r)}、当初計画 {F(next.Plan, l, r)})" : "")}", $"{label} is {F(metric.ActualToDate, l, r)} against {F(metric.PlannedToDate, l, r)} planned to date ({Att(r)}): it cost {kgi.Metric.Label} {K(contribution, l, r)} ({Pct(share, r)} of the shortfall).{(rest is not null ? $" The re-plan needs {F(rest, l, r)} more in the remaining {left} period{(left == 1 ? "" : "s")} ({F(next!.Replanned, l, r)} in {Next(l, r)}, against {F(next.Plan, l, r)} in the plan)" : "")}"));
    }

    // The KPIs whose targets move when only this rate is set to its observed value.
    static List<(string Label, Unit Unit, decimal? From, decimal? To)> Retargets(ReviewResult review, MetricReview metric, ReviewOptions options)
    {
        if (metric.Observed is not { } observed || review.Plan.Find(metric.Id) is not { Formula: null }) return [];
        var alone = PlanCalculator.Calculate(review.Plan, options.Calculation with
        {
            Overrides = options.Calculation.Overrides.Add(new ScenarioOverride(metric.Id, observed, null)),
        });
        return [.. review.Baseline.Metrics
            .Where(b => b.Metric.Role == MetricRole.Kpi && b.Id != metric.Id && alone.Metrics[b.Index].Target != b.Target)
            .Take(3)
            .Select(b => (b.Metric.Label, b.Metric.Unit, b.Target, alone.Metrics[b.Index].Target))];
    }
}
