using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Optimize;

/// <summary>When no mix fits: the least extra hours per team, the least improvement of one rate or unit price, and the highest KGI as the plan stands.</summary>
/// <remarks>
/// Extra hours are one more CP-SAT model (a slack per team, their sum minimised). A rate is searched on a grid
/// (0.1 point for a ratio, 1万円 for a price above 100万円, three significant digits otherwise): the plan is calculated
/// again by the engine at each candidate value and asked whether any mix fits, doubling the step and then bisecting,
/// so the reported value fits and the one a step below does not.
/// </remarks>
static class SmallestFix
{
    public static ImmutableArray<Fix> Find(MixProblem problem, OptimizeOptions options)
    {
        var fixes = new List<Fix>();
        if (TeamHours(problem, options) is { } team) fixes.Add(team);
        fixes.AddRange(Rates(problem, options).OrderBy(f => (f.To - f.From!.Value) / f.From!.Value).Take(5));
        if (HighestKgi(problem, options) is { } kgi) fixes.Add(kgi);
        return [.. fixes];
    }

    static Fix? TeamHours(MixProblem p, OptimizeOptions options)
    {
        if (p.Teams.Count == 0) return null;
        var answer = CpSatMix.Solve(p, new CpSatMix.Request(null, Cover: true, options.Budget, ExtraHours: true, options.TimeLimit));
        if (answer.Volumes is null) return null;
        var extra = answer.ExtraHours.Where(e => e.Value > 0).ToDictionary(e => e.Key, e => e.Value);
        if (extra.Count == 0) return null;
        var teams = p.Teams.Where(t => extra.ContainsKey(t.Team.Id)).Select(t => t.Team).ToList();
        return new Fix("team", string.Join(",", teams.Select(t => t.Id)), teams.Sum(t => t.Hours ?? 0), teams.Sum(t => (t.Hours ?? 0) + extra[t.Id]), new Message(l =>
            string.Join(l.T("、", ", "), teams.Select(t => TeamSentence(t, extra[t.Id], l)))))
        { ExtraHours = extra };
    }

    /// <summary>営業部に 100時間 (0.2778人 ≒ 1人) 追加 / add 100 h to 営業部 (0.2778 people ≈ 1).</summary>
    public static string TeamSentence(Team team, decimal hours, Language l)
    {
        var people = team.HoursPerPerson is { } pp && pp > 0 ? hours / pp : (decimal?)null;
        var whole = people is { } n ? Formatter.Plain(decimal.Ceiling(decimal.Round(n, 12))) : null;
        return l.T($"{team.Label}に {Formatter.Hours(hours, l)}{(people is { } x ? $" ({Formatter.Pace(x)}人 ≒ {whole}人)" : "")} 追加", $"add {Formatter.Hours(hours, l)} to {team.Label}{(people is { } y ? $" ({Formatter.Pace(y)} people ≈ {whole})" : "")}");
    }

    static Fix? HighestKgi(MixProblem p, OptimizeOptions options)
    {
        if (p.Kgi is null || p.Calculated.Kgi is not { } kgi) return null;
        if (ActionMixOptimizer.Unbounded(p, options.Budget) is not null) return null;
        var answer = CpSatMix.Solve(p, new CpSatMix.Request(Objective.Kgi, Cover: false, options.Budget, ExtraHours: false, options.TimeLimit));
        if (answer.Volumes is null || p.KgiAt(answer.Volumes) is not { } best) return null;
        var unit = kgi.Metric.Unit;
        var target = kgi.Target;
        return new Fix("kgi", kgi.Id, target, best, new Message(l => l.T($"今の人員と前提のままでは、{kgi.Metric.Label}は最大 {Formatter.Format(best, unit, l)}{(target is { } t && t != 0 ? $" (目標 {Formatter.Format(t, unit, l)} の {Formatter.Percent(best / t)})" : "")}", $"as the plan stands, {kgi.Metric.Label} reaches at most {Formatter.Format(best, unit, l)}{(target is { } t2 && t2 != 0 ? $" ({Formatter.Percent(best / t2)} of the target {Formatter.Format(t2, unit, l)})" : "")}")));
    }

    /// <summary>The assumptions (rates, unit prices) and the actions' per_unit values, each raised as little as makes a mix fit.</summary>
    static IEnumerable<Fix> Rates(MixProblem p, OptimizeOptions options)
    {
        var plan = p.Calculated.Plan;   // overrides (scenario, --set) already applied
        foreach (var m in plan.Metrics.Where(m => m.Role is null && m.Formula is null && m.Value is { } v && v > 0 && m.By.IsEmpty
                                                 && m.Unit.Kind is UnitKind.Ratio or UnitKind.Currency))
        {
            var from = m.Value!.Value;
            var ratio = m.Unit.Kind == UnitKind.Ratio;
            var to = Search(from, Step(from, ratio), ratio ? 1m : from * 10, value => Fits(plan.WithMetricValue(m.Id, value), options));
            if (to is not { } t) continue;
            yield return new Fix("rate", m.Id, from, t, new Message(l => l.T($"{m.Label}を {Formatter.Format(from, m.Unit, l)} → {Formatter.Format(t, m.Unit, l)} に", $"raise {m.Label} from {Formatter.Format(from, m.Unit, l)} to {Formatter.Format(t, m.Unit, l)}")));
        }
        foreach (var a in plan.Actions.Where(a => a.PerUnit is > 0))
        {
            var from = a.PerUnit!.Value;
            var unit = from < 1 ? Unit.Ratio : Unit.Number;
            var to = Search(from, Step(from, from < 1), from < 1 ? 1m : from * 10,
                value => Fits(plan with { Actions = [.. plan.Actions.Select(x => x.Id == a.Id ? x with { PerUnit = value } : x)] }, options));
            if (to is not { } t) continue;
            yield return new Fix("rate", a.Id, from, t, new Message(l => l.T($"{a.Label}の1単位あたりの成果 (per_unit) を {Formatter.Format(from, unit, l)} → {Formatter.Format(t, unit, l)} に", $"raise what one unit of {a.Label} yields (per_unit) from {Formatter.Format(from, unit, l)} to {Formatter.Format(t, unit, l)}")));
        }
    }

    /// <summary>The grid a fix is searched on: 0.1 point for a ratio, 1万円 above 100万円, three significant digits otherwise.</summary>
    internal static decimal Step(decimal value, bool ratio)
    {
        if (ratio) return value >= 0.01m ? 0.001m : 0.0001m;
        if (value >= 1_000_000m) return 10_000m;
        var digits = (int)Math.Floor(Math.Log10((double)value)) - 2;
        return digits >= 0 ? Scaling.Pow10(digits) : 1m / Scaling.Pow10(-digits);
    }

    /// <summary>The least from + k × step (k ≥ 1, at most <paramref name="cap"/>) for which <paramref name="fits"/> holds, assuming it keeps holding above; null when even the cap does not fit.</summary>
    internal static decimal? Search(decimal from, decimal step, decimal cap, Func<decimal, bool> fits)
    {
        var maxK = (long)decimal.Floor((cap - from) / step);
        if (maxK < 1) return null;
        long lo = 0, hi = 1;   // lo: known not to fit (k = 0 is the plan as it is)
        while (!fits(from + hi * step))
        {
            if (hi == maxK) return null;
            lo = hi;
            hi = Math.Min(hi * 2, maxK);
        }
        while (hi - lo > 1)
        {
            var mid = lo + (hi - lo) / 2;
            if (fits(from + mid * step)) hi = mid;
            else lo = mid;
        }
        return from + hi * step;
    }

    /// <summary>Whether any mix of <paramref name="plan"/> covers its KPIs within the teams' hours, the bounds and the budget.</summary>
    internal static bool Fits(Plan plan, OptimizeOptions options)
    {
        var problem = MixProblem.Build(PlanCalculator.Calculate(plan)).Value;
        if (problem is null || problem.Calculated.HasErrors && problem.Calculated.Findings.Any(f => f.Severity == Checks.Severity.Error && f.Rule != Checks.Rule.OverCapacity && f.Rule != Checks.Rule.VolumeOutOfBounds))
            return false;
        var answer = CpSatMix.Solve(problem, new CpSatMix.Request(null, Cover: true, options.Budget, ExtraHours: false, options.TimeLimit));
        return answer.Volumes is not null;
    }

    static Plan WithMetricValue(this Plan plan, string id, decimal value) =>
        plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == id ? m with { Value = value } : m)] };
}
