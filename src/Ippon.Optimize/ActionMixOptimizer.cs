using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Optimize;

/// <summary>Chooses whole volumes for a plan's actions: every driven KPI covered, every team within its hours, every bound kept, at the least cost or hours; or the highest KGI within a budget.</summary>
/// <example>
/// <code>
/// var r = ActionMixOptimizer.Run(plan, new OptimizeOptions { Objective = Objective.Cost });
/// r.Volume("seo_articles");   // 24: the cheapest leads first, up to the editor's limit
/// r.Optimized;                // the plan with those volumes, for ippon optimize --write or "apply"
/// </code>
/// </example>
public static class ActionMixOptimizer
{
    /// <summary>Optimizes <paramref name="plan"/> as calculated with <paramref name="calculation"/> (a scenario, --set overrides).</summary>
    public static OptimizeResult Run(Plan plan, OptimizeOptions? options = null, CalculationOptions? calculation = null)
    {
        options ??= new OptimizeOptions();
        var calculated = PlanCalculator.Calculate(plan, calculation);
        var built = MixProblem.Build(calculated);
        if (built.Value is not { } problem) return Unsupported(plan, options, built.Errors[0].Message);
        if (options.Objective == Objective.Kgi)
        {
            if (problem.Kgi is null) return Unsupported(plan, options, problem.KgiUnsupported!);
            if (Unbounded(problem, options.Budget) is { } why) return Unsupported(plan, options, why);
        }

        var cover = options.Objective != Objective.Kgi;
        var answer = CpSatMix.Solve(problem, new CpSatMix.Request(options.Objective, cover, options.Budget, ExtraHours: false, options.TimeLimit));
        var current = problem.Actions.Select(a => (long)decimal.Ceiling(a.Current)).ToArray();
        var result = new OptimizeResult
        {
            Plan = plan,
            Objective = options.Objective,
            Budget = options.Budget,
            Status = answer.Status,
            Error = answer.Invalid is null ? null : new Message($"ソルバーがこの計画を扱えません: {answer.Invalid}", $"the solver cannot take this plan: {answer.Invalid}"),
            Lines = [.. problem.Actions.Select(a => new MixLine(a.Action, a.Current, answer.Volumes?[a.Index]))],
            Teams = [.. problem.Teams.Select(t => new TeamLine(t.Team, t.Available,
                t.Actions.Sum(i => problem.Actions[i].Hours * problem.Actions[i].Current),
                answer.Volumes is { } v ? t.Actions.Sum(i => problem.Actions[i].Hours * v[i]) : null))],
            CurrentKgi = problem.KgiAt(current),
            OptimalKgi = answer.Volumes is { } ov ? problem.KgiAt(ov) : null,
        };
        if (answer.Volumes is { } volumes)
        {
            // The solver worked on scaled integers; the answer is checked again in exact decimals and by the engine.
            if (!problem.Fits(volumes, cover, options.Budget))
                throw new InvalidOperationException("the solver's mix does not fit the exact constraints");
            // Volumes go into the plan as written (not the scenario's copy), so that --write keeps the file's own values.
            var optimized = WithVolumes(plan, problem, volumes);
            return With(result, optimized, PlanCalculator.Calculate(optimized, calculation));
        }
        if (answer.Status == SolveStatus.Infeasible && options.FindFixes)
            return With(result, SmallestFix.Find(problem, options));
        return result;
    }

    /// <summary><paramref name="plan"/> with each action's volume set to <paramref name="volumes"/> and its share dropped (the volume says it all).</summary>
    internal static Plan WithVolumes(Plan plan, MixProblem problem, IReadOnlyList<long> volumes)
    {
        var byId = problem.Actions.ToDictionary(a => a.Action.Id, a => volumes[a.Index]);
        return plan with
        {
            Actions = [.. plan.Actions.Select(a => byId.TryGetValue(a.Id, out var v) ? a with { Volume = v, Share = null } : a)],
        };
    }

    static OptimizeResult With(OptimizeResult r, Plan optimized, PlanResult verified) => new()
    {
        Plan = r.Plan, Objective = r.Objective, Budget = r.Budget, Status = r.Status, Error = r.Error, Lines = r.Lines, Teams = r.Teams,
        CurrentKgi = r.CurrentKgi, OptimalKgi = r.OptimalKgi, Optimized = optimized, Verified = verified,
    };

    static OptimizeResult With(OptimizeResult r, ImmutableArray<Fix> fixes) => new()
    {
        Plan = r.Plan, Objective = r.Objective, Budget = r.Budget, Status = r.Status, Error = r.Error, Lines = r.Lines, Teams = r.Teams,
        CurrentKgi = r.CurrentKgi, OptimalKgi = r.OptimalKgi, Fixes = fixes,
    };

    static OptimizeResult Unsupported(Plan plan, OptimizeOptions options, Message why) => new()
    {
        Plan = plan, Objective = options.Objective, Budget = options.Budget, Status = SolveStatus.Unsupported, Error = why,
    };

    /// <summary>For the KGI objective every action needs a limit other than covering its KPI: a max, a capacity, its team's hours or the budget.</summary>
    internal static Message? Unbounded(MixProblem p, decimal? budget) =>
        p.Actions.FirstOrDefault(a => a.Upper(cover: false, teamMayGrow: false, budget) is null) is { } a
            ? new Message(
                $"{a.Action.Label} に上限がありません。max、capacity、チームの時間 (team と hours_per_unit)、または cost_per_unit と --budget を指定してください",
                $"{a.Action.Label} has no limit; give it a max, a capacity, a team's hours (team and hours_per_unit), or a cost_per_unit and --budget")
            : null;

    /// <summary>True when the engine finds nothing over capacity or out of bounds in <paramref name="result"/>.</summary>
    internal static bool Fits(PlanResult result) =>
        !result.Findings.Any(f => f.Rule == Rule.OverCapacity || f.Rule == Rule.VolumeOutOfBounds);
}
