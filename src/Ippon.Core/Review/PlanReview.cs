using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>Reviews a plan against its actuals at one period: plan vs actual to date, observed quality metrics, the landing forecast, the re-plan and the metrics to act on.</summary>
/// <example>
/// <code>
/// var review = PlanReview.Run(plan, PeriodCalendar.For(plan)!, actuals, new ReviewOptions { AsOf = 1 });
/// review.Metric("win_rate")!.Observed;          // 0.15 = 6 orders ÷ 40 deals
/// review.Metric("leads")!.ReplannedTarget;      // 1340
/// review.Metric("leads")!.Remaining;            // 940
/// </code>
/// </example>
public static class PlanReview
{
    /// <summary>Reviews <paramref name="plan"/> over <paramref name="calendar"/> with <paramref name="actuals"/>.</summary>
    public static ReviewResult Run(Plan plan, PeriodCalendar calendar, Actuals actuals, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        var baseline = PlanCalculator.Calculate(plan, options.Calculation);
        var model = baseline.Model;
        var count = calendar.Count;
        var asOf = Math.Clamp(options.AsOf ?? actuals.LastPeriod, 0, count - 1);
        var n = model.Metrics.Length;
        var quality = model.Kinds.Select(k => k == MetricKind.Quality).ToArray();

        // Actuals per period as given, then completed through the formulas: per period, and cumulated from the first period.
        var given = model.Metrics.Select((m, i) => actuals.Series(m.Id, count, quality[i])).ToArray();
        var single = new ActualDerivation.Derived[count];
        var cumulative = new ActualDerivation.Derived[count];
        for (var p = 0; p < count; p++)
        {
            var at = p;
            single[p] = ActualDerivation.Derive(model, [.. Enumerable.Range(0, n).Select(m => given[m][at])]);
            cumulative[p] = ActualDerivation.Derive(model, [.. Enumerable.Range(0, n).Select(m => Cumulate(given[m], at, quality[m]))]);
        }
        var (toDate, toDateSources) = (cumulative[asOf].Values, cumulative[asOf].Sources);
        // Periods closed when a re-plan was adopted keep the plan they had; only the later ones follow the revised plan.
        var (periods, kept) = ClosedPeriods.Apply(plan, calendar, options, baseline, PeriodPlan.Build(baseline, calendar), cumulative);

        // The re-plan: observed quality inputs replace the assumed ones; explicit targets (KGI, KSFs) stay.
        var observed = ImmutableArray.CreateBuilder<ScenarioOverride>();
        for (var m = 0; m < n; m++)
        {
            // Metrics over dimensions keep their per-member rates: a whole-metric actual does not replace them (v1 reviews totals).
            if (!quality[m] || model.Metrics[m].Formula is not null || !model.Shapes[m].IsScalar || toDate[m] is not { } v) continue;
            if (baseline.Metrics[m].PlannedValue == v) continue;
            observed.Add(new ScenarioOverride(model.Metrics[m].Id, v, null));
        }
        var replanned = PlanCalculator.Calculate(plan, options.Calculation with
        {
            Overrides = options.Calculation.Overrides.AddRange(observed),
        });

        var findings = new List<Finding>(baseline.Findings);
        Incomplete(model, calendar, given, asOf, findings);
        foreach (var m in cumulative[asOf].OutOfRange)
        {
            var label = model.Metrics[m].Label;
            findings.Add(OutOfRange.Finding(model.Metrics[m].Id, new Message(
                $"実績から求めた {label} が扱える範囲 (±10^18) を超えるため使いません。実績の桁を確認してください",
                $"the actuals give {label} a value beyond the supported range (±10^18), so it is not used; check the magnitude of the actuals")));
        }
        MembersMissing(model, calendar, actuals, asOf, findings);
        PhasingIgnored(plan, calendar, findings);
        ReplanFindings(baseline, replanned, findings);

        var kgi = Landing(baseline, periods, toDate, toDateSources, asOf, out var contributions);
        var metrics = ImmutableArray.CreateBuilder<MetricReview>(n);
        for (var m = 0; m < n; m++)
        {
            // The KGI without an actual of its own (repeat revenue not tracked) still has what remains of it: from its landing's actual through the formulas.
            var through = m == model.Kgi && cumulative[asOf].Values[m] is null ? kgi?.ActualToDate : null;
            metrics.Add(Metric(baseline, replanned, calendar, periods.Metrics[m], single, cumulative, asOf, m, through)
                with { KgiContribution = contributions.TryGetValue(m, out var c) ? c : null });
        }
        var reviews = metrics.MoveToImmutable();
        var result = new ReviewResult
        {
            Plan = plan,
            Calendar = calendar,
            AsOf = calendar.Periods[asOf],
            Baseline = baseline,
            Replanned = replanned,
            Observed = observed.ToImmutable(),
            Periods = periods,
            Kept = kept,
            Metrics = reviews,
            Kgi = kgi,
            Findings = [.. findings],
        };
        return result with { Focus = FocusReasons.Pick(result, contributions, options) };
    }

    static decimal? Cumulate(decimal?[] series, int last, bool quality)
    {
        decimal sum = 0;
        var count = 0;
        for (var p = 0; p <= last; p++)
        {
            if (series[p] is not { } v) continue;
            sum += v;
            count++;
        }
        if (count == 0) return null;
        return quality ? sum / count : sum;
    }

    static MetricReview Metric(PlanResult baseline, PlanResult replanned, PeriodCalendar calendar, MetricPeriods split, ActualDerivation.Derived[] single,
        ActualDerivation.Derived[] cumulative, int asOf, int m, decimal? landedActual = null)
    {
        var r = baseline.Metrics[m];
        var isQuality = split.IsQuality;
        var down = r.Metric.Direction == Direction.Down;
        var count = split.Planned.Length;
        var plannedToDate = split.PlannedThrough(asOf);
        var actual = cumulative[asOf].Values[m];
        decimal? plannedRest = isQuality ? null : Sum(split.Planned, asOf + 1, count - 1);
        var re = replanned.Metrics[m];
        var replannedTarget = isQuality ? re.Target ?? re.PlannedValue : re.Target;
        var remaining = isQuality ? null : replannedTarget - (actual ?? landedActual);

        // What remains of the re-planned target, shared over the periods to come by the metric's own weights.
        var future = new decimal?[count];
        if (isQuality)
        {
            for (var p = asOf + 1; p < count; p++) future[p] = replannedTarget;
        }
        else if (remaining is { } rest && asOf + 1 < count)
        {
            var tail = split.Weights.Skip(asOf + 1).ToArray();
            if (tail.Sum() <= 0) Array.Fill(tail, 1m);
            var parts = PeriodSplit.Split(Math.Max(0, rest), tail, r.Metric.Unit);
            for (var p = asOf + 1; p < count; p++) future[p] = parts[p - asOf - 1];
        }

        var rows = ImmutableArray.CreateBuilder<PeriodReview>(count);
        for (var p = 0; p < count; p++)
        {
            var plan = split.Planned[p];
            var act = single[p].Values[m];
            var cumPlan = split.PlannedThrough(p);
            // A period without an actual of its own (one still to come) has no cumulative actual either.
            var cumActual = act is null ? null : cumulative[p].Values[m];
            rows.Add(new PeriodReview(calendar.Periods[p], p <= asOf, plan, split.Targets[p],
                act, single[p].Sources[m], Ratio(act, plan, down), cumPlan, cumActual, Ratio(cumActual, cumPlan, down), future[p]));
        }
        return new MetricReview
        {
            Metric = r,
            Phasing = split.Source,
            PlannedToDate = plannedToDate,
            TargetToDate = split.TargetThrough(asOf),
            ActualToDate = actual,
            Source = cumulative[asOf].Sources[m],
            SolvedFrom = cumulative[asOf].Via[m] is var via and >= 0 ? baseline.Metrics[via].Id : null,
            Attainment = Ratio(actual, plannedToDate, down),
            Observed = isQuality ? actual : null,
            Forecast = isQuality ? null : actual + plannedRest,
            ForecastRunRate = isQuality || plannedToDate is not > 0 ? null : RunRate(actual, plannedToDate.Value, plannedRest),
            ReplannedTarget = replannedTarget,
            Remaining = remaining,
            Periods = rows.MoveToImmutable(),
        };
    }

    static decimal? Sum(ImmutableArray<decimal?> parts, int from, int to)
    {
        decimal total = 0;
        for (var p = from; p <= to; p++)
        {
            if (parts[p] is not { } v) return null;
            total += v;
        }
        return total;
    }

    // The actual so far plus the rest at the pace to date; null when that pace is beyond decimal's range (a plan to date of 1e-28).
    static decimal? RunRate(decimal? actual, decimal plannedToDate, decimal? plannedRest)
    {
        try
        {
            return actual + (actual / plannedToDate * plannedRest);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Actual ÷ plan, or plan ÷ actual where less is better; null when either is unknown, the divisor is 0, or the quotient is beyond decimal's range (a plan of 1e-28 against an actual of 1e18: no attainment to show).</summary>
    public static decimal? Ratio(decimal? actual, decimal? plan, bool down)
    {
        if (actual is not { } a || plan is not { } p) return null;
        var (dividend, divisor) = down ? (p, a) : (a, p);
        if (divisor == 0) return null;
        try
        {
            return dividend / divisor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // A metric with actuals for some periods up to the review's date but not all: its sum to date covers only those.
    static void Incomplete(PlanModel model, PeriodCalendar calendar, decimal?[][] given, int asOf, List<Finding> findings)
    {
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var have = Enumerable.Range(0, asOf + 1).Where(p => given[m][p] is not null).ToList();
            if (have.Count == 0 || have.Count == asOf + 1) continue;
            var metric = model.Metrics[m];
            var missing = string.Join(", ", Enumerable.Range(0, asOf + 1).Except(have).Select(p => calendar.Periods[p].Label));
            var present = string.Join(", ", have.Select(p => calendar.Periods[p].Label));
            findings.Add(new Finding(ReviewRules.ActualsIncomplete, metric.Id, new Message(
                $"{metric.Label} の実績は {present} だけで、{missing} がありません。累計は {present} の分だけです",
                $"{metric.Label} has actuals for {present} but none for {missing}; its total to date covers {present} only")));
        }
    }

    // Totals added up from members' actuals are only totals when every member reported.
    static void MembersMissing(PlanModel model, PeriodCalendar calendar, Actuals actuals, int asOf, List<Finding> findings)
    {
        foreach (var group in actuals.Rows.Where(r => r.Member is not null && r.Period <= asOf).GroupBy(r => r.Metric))
        {
            var m = model.IndexOf(group.Key);
            if (m < 0 || actuals.Rows.Any(r => r.Metric == group.Key && r.Member is null)) continue;
            var size = model.Shapes[m].Size;
            var reported = group.Select(r => r.Member).Distinct().Count();
            var periods = group.Select(r => r.Period).Distinct().Count();
            var complete = group.GroupBy(r => r.Period).All(p => p.Select(r => r.Member).Distinct().Count() == size) && periods == asOf + 1;
            if (complete) continue;
            var metric = model.Metrics[m];
            findings.Add(new Finding(ReviewRules.ActualsIncomplete, metric.Id, new Message(
                $"{metric.Label} の実績はメンバー別で、{size} メンバー中 {reported} メンバーの分しかない期間があります。合計はその分だけです (メンバー別は --member で確認できます)",
                $"{metric.Label} has actuals per member, and some periods cover only {reported} of its {size} members; its totals count only those (review one member with --member)")));
        }
    }

    static void PhasingIgnored(Plan plan, PeriodCalendar calendar, List<Finding> findings)
    {
        void Check(string subject, ImmutableArray<decimal> phasing)
        {
            if (phasing.IsDefaultOrEmpty || PeriodSplit.IsUsable(phasing, calendar.Count)) return;
            findings.Add(new Finding(ReviewRules.PhasingIgnored, subject, new Message(
                $"{subject} の phasing は重みが {phasing.Length} 個で、期間 {calendar.Count} 期と合わないため均等に配分しました",
                $"{subject}: phasing has {phasing.Length} weights for {calendar.Count} periods and was not used; split evenly instead")));
        }
        Check(plan.Title, plan.Phasing);
        foreach (var m in plan.Metrics) Check(m.Id, m.Phasing);
    }

    // Errors the re-plan has and the plan does not (an action over capacity at the observed rates) become warnings of the review.
    static void ReplanFindings(PlanResult baseline, PlanResult replanned, List<Finding> findings)
    {
        var before = baseline.Findings.Where(f => f.Severity == Severity.Error).Select(f => (f.Rule.Id, f.Subject)).ToHashSet();
        foreach (var f in replanned.Findings.Where(f => f.Severity == Severity.Error && !before.Contains((f.Rule.Id, f.Subject))))
        {
            findings.Add(new Finding(ReviewRules.ReplanInfeasible, f.Subject, new Message(l => l.T($"実績の率で再計画すると: {f.Message.In(l)} ({f.Rule.Id})", $"re-planned with the observed rates: {f.Message.In(l)} ({f.Rule.Id})"))) { Member = f.Member });
        }
    }

    // The KGI through the formulas, every input at plan to date and then at actual, and the split of the difference.
    static KgiLanding? Landing(PlanResult baseline, PeriodPlan periods, decimal?[] toDate, ActualSource[] sources, int asOf,
        out Dictionary<int, decimal> contributions)
    {
        contributions = [];
        var model = baseline.Model;
        if (model.Kgi < 0) return null;
        var (factors, plannedInputs, assumed) = Factors(baseline, periods, toDate, sources, asOf);
        var (parts, planned, actual) = GapAttribution.Run(model, model.Kgi, factors, plannedInputs, toDate);
        for (var i = 0; i < factors.Count; i++) contributions[factors[i]] = parts[i];
        var kgi = baseline.Metrics[model.Kgi];
        var split = periods.Metrics[model.Kgi];
        // The gap is measured through the formulas; the plan to date is the KGI's own split, so that the numbers
        // match its row (whole-unit splits of the inputs can make the two plans differ by a little).
        var plannedToDate = split.PlannedThrough(asOf) ?? planned;
        // The KGI's own actual, when the actuals give or determine it, is the truth; otherwise the gap through the formulas.
        var actualToDate = toDate[model.Kgi] ?? plannedToDate + (actual - planned);
        // The rest of the horizon as planned per period: after an adopted re-plan, what the re-plan asks of the periods to come.
        var rest = Sum(split.Planned, asOf + 1, split.Planned.Length - 1);
        return new KgiLanding(kgi.Id, kgi.Target, kgi.PlannedValue, plannedToDate, actualToDate,
            actualToDate + rest,
            plannedToDate is > 0 ? actualToDate + (actualToDate / plannedToDate * rest) : null,
            [.. assumed]);
    }

    /// <summary>The KGI's actual through period <paramref name="asOf"/>: given or derived, else its plan to date plus the gap to date through the formulas.</summary>
    internal static decimal? KgiActualToDate(PlanResult baseline, PeriodPlan periods, decimal?[] toDate, ActualSource[] sources, int asOf)
    {
        var model = baseline.Model;
        if (toDate[model.Kgi] is { } given) return given;
        var (factors, plannedInputs, _) = Factors(baseline, periods, toDate, sources, asOf);
        var (planned, actual) = GapAttribution.Ends(model, model.Kgi, factors, plannedInputs, toDate);
        return (periods.Metrics[model.Kgi].PlannedThrough(asOf) ?? planned) + (actual - planned);
    }

    // The inputs at their plan to date, the factors that moved from it, and the inputs without actuals (held at plan).
    static (List<int> Factors, decimal?[] PlannedInputs, List<string> Assumed) Factors(PlanResult baseline, PeriodPlan periods, decimal?[] toDate, ActualSource[] sources, int asOf)
    {
        var model = baseline.Model;
        var plannedInputs = new decimal?[model.Metrics.Length];
        var factors = new List<int>();
        var assumed = new List<string>();
        foreach (var m in model.Graph.Order)
        {
            var r = baseline.Metrics[m];
            if (!r.ConnectedToKgi || model.Broken.ContainsKey(m) || !r.Shape.IsScalar) continue;
            if (model.Nodes[m] is null)
            {
                plannedInputs[m] = periods.Metrics[m].PlannedThrough(asOf);
                if (toDate[m] is not { } a) assumed.Add(r.Id);
                else if (a != plannedInputs[m]) factors.Add(m);
            }
            else if (sources[m] == ActualSource.Given && model.Graph.Inputs(m).Any(i => toDate[i] is null))
            {
                factors.Add(m);
            }
        }
        return (factors, plannedInputs, assumed);
    }
}
