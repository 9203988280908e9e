using System.Globalization;
using Google.OrTools.Sat;

namespace Ippon.Optimize;

/// <summary>Solves a <see cref="MixProblem"/> with Google OR-Tools' CP-SAT, every row scaled exactly to whole numbers (<see cref="Scaling"/>).</summary>
static class CpSatMix
{
    /// <summary>What to solve: cover the KPIs or not, the objective, a budget, and whether the teams may get extra hours (the smallest-fix model).</summary>
    public sealed record Request(Objective? Objective, bool Cover, decimal? Budget, bool ExtraHours, TimeSpan TimeLimit);

    /// <summary>The solver's answer: the volumes (null when none fits) and, with extra hours, how many each team got.</summary>
    public sealed record Answer(SolveStatus Status, long[]? Volumes, Dictionary<string, decimal> ExtraHours, string? Invalid = null);

    public static Answer Solve(MixProblem p, Request request)
    {
        var model = new CpModel();
        var x = new IntVar[p.Actions.Count];
        var upper = new long[p.Actions.Count];
        foreach (var a in p.Actions)
        {
            upper[a.Index] = a.Upper(request.Cover, request.ExtraHours, request.Budget) ?? throw new InvalidOperationException($"{a.Action.Id} has no upper bound");
            x[a.Index] = model.NewIntVar(a.Min, upper[a.Index], a.Action.Id);
        }
        // Bottlenecks y = min(formula, produced), kept at their resolution: y ≤ each side; the KGI objective pushes y up.
        var all = new List<IntVar>(x);
        var resolutions = new List<int>(p.Actions.Select(_ => 0));
        var values = new decimal[p.VariableCount];
        foreach (var a in p.Actions) values[a.Index] = upper[a.Index];
        foreach (var b in p.Bottlenecks)
        {
            values[b.Index] = b.Produced.Evaluate(values);
            var hi = Scaling.Bound(values[b.Index], Scaling.Pow10(b.Resolution), up: true);
            var y = model.NewIntVar(0, Math.Max(0, hi), b.Metric);
            all.Add(y);
            resolutions.Add(b.Resolution);
            foreach (var side in new[] { b.Formula, b.Produced })
            {
                // y / 10^r ≤ c₀ + Σ cᵢ vᵢ  ⇔  y / 10^r − Σ cᵢ vᵢ ≤ c₀
                var terms = new List<(decimal, int)> { (1m, b.Resolution) };
                var vars = new List<IntVar> { y };
                foreach (var (v, c) in side.Terms)
                {
                    terms.Add((-c, resolutions[v]));
                    vars.Add(all[v]);
                }
                var (coefficients, right, _) = Scaling.Row(terms, side.Constant);
                model.Add(LinearExpr.WeightedSum(vars, coefficients) <= right);
            }
        }

        if (request.Cover)
        {
            foreach (var c in p.Coverages)
            {
                var (coefficients, right, _) = Scaling.Row([.. c.Actions.Select(i => (p.Actions[i].PerUnit, 0))], c.Target);
                model.Add(LinearExpr.WeightedSum(c.Actions.Select(i => x[i]), coefficients) >= right);
            }
        }

        // Team rows share one power of ten, so that the extra hours of different teams add up in one unit.
        var teamPower = p.Teams.Count == 0 ? 0 : p.Teams.Max(t => Math.Max(Scaling.Scale(t.Available), t.Actions.Max(i => Scaling.Scale(p.Actions[i].Hours))));
        var teamFactor = Scaling.Pow10(teamPower);
        var extras = new List<(string Team, IntVar Var)>();
        foreach (var t in p.Teams)
        {
            var coefficients = t.Actions.Select(i => decimal.ToInt64(p.Actions[i].Hours * teamFactor)).ToList();
            var vars = t.Actions.Select(i => x[i]).ToList();
            if (request.ExtraHours)
            {
                var need = t.Actions.Sum(i => p.Actions[i].Hours * upper[i]);
                var e = model.NewIntVar(0, Math.Max(0, Scaling.Bound(need, teamFactor, up: true)), "extra_" + extras.Count.ToString(CultureInfo.InvariantCulture));
                extras.Add((t.Team.Id, e));
                coefficients.Add(-1);
                vars.Add(e);
            }
            model.Add(LinearExpr.WeightedSum(vars, coefficients) <= decimal.ToInt64(t.Available * teamFactor));
        }

        if (request.Budget is { } budget)
        {
            var (coefficients, right, _) = Scaling.Row([.. p.Actions.Select(a => (a.Cost, 0))], budget);
            model.Add(LinearExpr.WeightedSum(x, coefficients) <= right);
        }

        if (request.ExtraHours)
        {
            model.Minimize(LinearExpr.Sum(extras.Select(e => e.Var)));
        }
        else if (request.Objective is Objective.Cost or Objective.Hours)
        {
            var cost = request.Objective == Objective.Cost;
            var (coefficients, _, _) = Scaling.Row([.. p.Actions.Select(a => (cost ? a.Cost : a.Hours, 0))], 0);
            model.Minimize(LinearExpr.WeightedSum(x, coefficients));
        }
        else if (request.Objective == Objective.Kgi && p.Kgi is { } kgi)
        {
            var terms = kgi.Terms.Select(t => (t.Value, resolutions[t.Key])).ToList();
            var (coefficients, _, _) = Scaling.Row(terms, 0);
            model.Maximize(LinearExpr.WeightedSum(kgi.Terms.Keys.Select(v => all[v]), coefficients));
        }

        var invalid = model.Validate();
        if (!string.IsNullOrEmpty(invalid)) return new Answer(SolveStatus.Unsupported, null, [], invalid);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{request.TimeLimit.TotalSeconds} num_workers:{Math.Clamp(Environment.ProcessorCount, 1, 8)}"),
        };
        var status = solver.Solve(model);
        var result = status switch
        {
            CpSolverStatus.Optimal => SolveStatus.Optimal,
            CpSolverStatus.Feasible => SolveStatus.Feasible,
            CpSolverStatus.Infeasible => SolveStatus.Infeasible,
            CpSolverStatus.ModelInvalid => SolveStatus.Unsupported,
            _ => SolveStatus.TimedOut,
        };
        if (result is not (SolveStatus.Optimal or SolveStatus.Feasible)) return new Answer(result, null, []);
        var volumes = x.Select(v => solver.Value(v)).ToArray();
        var extra = extras.ToDictionary(e => e.Team, e => solver.Value(e.Var) / teamFactor);
        return new Answer(result, volumes, extra);
    }
}
