using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Forecast.Simulation;
using Ippon.Plans;

namespace Ippon.Forecast;

/// <summary>逆算 to a confidence level: the least lever (leads) that gives the KGI the chosen probability, and the plan back-calculated to it.</summary>
/// <remarks>
/// <para>The exact back-calculation gives the break-even: 1,000 leads make 1億円 on average, which is a coin toss.
/// Here the lever's whole-horizon number is searched (doubling, then bisection on whole units) until the simulated
/// probability of the KGI's target reaches the level; every step reuses the seed, so the rates drawn are the same in
/// every step and the probability moves only with the lever.</para>
/// <para>The plan at that level is the exact back-calculation again, with the expected rates (the posterior means)
/// and a KGI figure raised until the lever's target reaches the number found: every target, action volume, load and
/// over-capacity finding follows from the same engine as the plan's.</para>
/// </remarks>
static class ConfidencePlanner
{
    public static ConfidencePlan? Solve(SimulationModel sim, ForecastOptions options, double level, Plan plan)
    {
        var model = sim.Model;
        var baseline = sim.Review.Baseline;
        var lever = LeverOf(sim, options.Lever);
        if (lever < 0 || baseline.Metrics[lever].PlannedValue is not { } current) return null;
        var kgi = model.Kgi;
        var target = baseline.Metrics[kgi].Target!.Value;
        var whole = model.Metrics[lever].Unit.IsWhole;
        var trials = Math.Min(options.Trials, options.SearchTrials);

        double P(decimal value, int n)
        {
            var bases = sim.Bases(baseline, new Dictionary<int, decimal> { [lever] = value });
            var output = Simulator.Run(sim, bases, n, options.Seed, Simulator.Mode.All, null, options.Parallelism);
            return Forecaster.Probability(sim, output, kgi, target);
        }

        var done = Enumerable.Range(0, sim.Periods).Sum(p => (decimal)(sim.Observed[lever][p] ?? 0));
        var lo = done;
        var hi = Math.Max(current, Math.Max(done, 1));
        var reached = true;
        for (var i = 0; P(hi, trials) < level; i++)
        {
            lo = hi;
            hi *= 2;
            if (i >= 30) { reached = false; break; }
        }
        if (reached)
        {
            // Invariant: P(hi) ≥ level; lo is below the level or the least possible number.
            while (whole ? hi - lo > 1 : hi - lo > hi * 1e-4m)
            {
                var mid = whole ? Math.Floor((lo + hi) / 2) : (lo + hi) / 2;
                if (P(mid, trials) >= level) hi = mid;
                else lo = mid;
            }
            if (whole && lo == done && P(lo, trials) >= level) hi = lo;
        }
        var leverTarget = hi;
        var (planningTarget, at) = PlanAt(sim, plan, options, lever, leverTarget);
        var before = baseline.Findings.Where(f => f.Severity == Severity.Error).Select(f => (f.Rule.Id, f.Subject)).ToHashSet();
        return new ConfidencePlan
        {
            Level = level,
            Lever = model.Metrics[lever].Id,
            BaselineLever = current,
            BaselineProbability = P(current, options.Trials),
            LeverTarget = leverTarget,
            Probability = P(leverTarget, options.Trials),
            PlanningTarget = planningTarget,
            Plan = at,
            NewFindings = [.. at.Findings.Where(f => f.Severity == Severity.Error && !before.Contains((f.Rule.Id, f.Subject)))],
            Reached = reached,
        };
    }

    /// <summary>The lever named, or the plan's bottom KPI: an input with the KPI role, no value, connected to the KGI (else any such input with a role).</summary>
    public static int LeverOf(SimulationModel sim, string? id)
    {
        var model = sim.Model;
        if (id is not null) return model.IndexOf(id) is var i && i >= 0 && sim.Inputs[i] is not null && !sim.Quality[i] && sim.Sizes[i] == 1 ? i : -1;
        bool Candidate(int m) => sim.Inputs[m] is not null && !sim.Quality[m] && sim.Sizes[m] == 1 && m != model.Kgi
                                 && sim.Review.Baseline.Metrics[m].ConnectedToKgi && model.Metrics[m].Value is null && model.Metrics[m].Role is not null;
        for (var m = 0; m < model.Metrics.Length; m++)
            if (Candidate(m) && model.Metrics[m].Role == MetricRole.Kpi && model.Metrics[m].Target is null) return m;
        for (var m = 0; m < model.Metrics.Length; m++)
            if (Candidate(m) && model.Metrics[m].Target is null) return m;
        return -1;
    }

    // The exact back-calculation at the expected rates, with the lowest explicit target above the lever (new_revenue's
    // 4,000万円, else the KGI's) raised until the lever's target reaches the number found; explicit targets above it
    // (the KGI's 1億円) rise by the same amount, so that a sum of KSFs still adds up.
    static (decimal? PlanningTarget, PlanResult Plan) PlanAt(SimulationModel sim, Plan plan, ForecastOptions options, int lever, decimal leverTarget)
    {
        var model = sim.Model;
        var graph = model.Graph;
        var baseline = sim.Review.Baseline;
        var expected = ImmutableArray.CreateBuilder<ScenarioOverride>();
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            if (sim.Inputs[m] is not { } spec || sim.Sizes[m] != 1) continue;
            double? mean = spec.Rates?[0]?.Mean ?? spec.Amounts?[0]?.Mean;
            if (mean is { } v) expected.Add(new ScenarioOverride(model.Metrics[m].Id, Math.Round((decimal)v, model.Metrics[m].Unit.Kind == UnitKind.Ratio ? 4 : 0), null));
        }
        var kgi = model.Kgi;
        var above = Enumerable.Range(0, model.Metrics.Length)
            .Where(m => m != lever && graph.DependsOn(m, lever) && (m == kgi || graph.DependsOn(kgi, m)) && baseline.Metrics[m].Source == TargetSource.Explicit)
            .ToList();
        var planning = above.FirstOrDefault(m => !above.Any(o => o != m && graph.DependsOn(m, o)), kgi);
        var original = baseline.Metrics[planning].Target ?? 0;
        var leverId = model.Metrics[lever].Id;
        PlanResult At(decimal target)
        {
            var overrides = options.Calculation.Overrides.AddRange(expected);
            foreach (var m in above)
                overrides = overrides.Add(new ScenarioOverride(model.Metrics[m].Id, null, (baseline.Metrics[m].Target ?? 0) + (target - original)));
            if (!above.Contains(planning)) overrides = overrides.Add(new ScenarioOverride(model.Metrics[planning].Id, null, target));
            return PlanCalculator.Calculate(plan, options.Calculation with { Overrides = overrides });
        }
        decimal? LeverAt(PlanResult r) => r.Metric(leverId)?.Target;

        var lo = 0m;
        var hi = Math.Max(original, 1);
        for (var i = 0; i < 40 && (LeverAt(At(hi)) ?? decimal.MaxValue) < leverTarget; i++) hi *= 2;
        if ((LeverAt(At(hi)) ?? decimal.MinValue) < leverTarget)
        {
            // The lever does not follow the targets above it: plan the lever itself at the number found.
            return (null, PlanCalculator.Calculate(plan, options.Calculation with
            {
                Overrides = options.Calculation.Overrides.AddRange(expected).Add(new ScenarioOverride(leverId, null, leverTarget)),
            }));
        }
        // Whole yen for money, else a ten-thousandth: the back-calculation rounds counts up, so the least figure is what counts.
        var step = model.Metrics[planning].Unit.Kind == UnitKind.Currency ? 1m : 0.0001m;
        for (var i = 0; i < 80 && hi - lo > step; i++)
        {
            var mid = Math.Round((lo + hi) / 2 / step) * step;
            if (mid == hi || mid == lo) break;
            if ((LeverAt(At(mid)) ?? decimal.MaxValue) >= leverTarget) hi = mid;
            else lo = mid;
        }
        // The figure to plan to is the top of that step: every figure up to it gives the same lever (1,720 leads make
        // 30 orders, and 30 orders make 1億2,000万円), and a round figure is the one a manager can quote.
        var plateau = LeverAt(At(hi));
        var top = hi;
        var upper = hi * 2;
        for (var i = 0; i < 80 && upper - top > step; i++)
        {
            var mid = Math.Round((top + upper) / 2 / step) * step;
            if (mid == top || mid == upper) break;
            if (LeverAt(At(mid)) == plateau) top = mid;
            else upper = mid;
        }
        var result = At(top);
        return (result.Metrics[kgi].Target, result);
    }
}
