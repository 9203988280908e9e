using Ippon.Calculation;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Optimize;

/// <summary>A plan's action mix as an integer programme, in exact decimals: volumes, their bounds, the KPIs to cover, the teams' hours and the KGI.</summary>
/// <remarks>
/// Variables are the actions' whole volumes xᵢ ∈ [min, max]. Each driven metric with a target T needs Σ per_unitᵢ·xᵢ ≥ T,
/// each team Σ hours_per_unitᵢ·xᵢ ≤ its hours, an own capacity caps xᵢ. For the KGI, every formula between the KGI and
/// the driven metrics is read as an affine form; a driven metric that also has a formula (deals = leads × 10%, and
/// calls drive deals) reaches the smaller of the two, a bottleneck variable y ≤ each of them.
/// </remarks>
sealed class MixProblem
{
    public required PlanResult Calculated { get; init; }

    public required List<MixVariable> Actions { get; init; }

    public required List<Coverage> Coverages { get; init; }

    public required List<TeamRow> Teams { get; init; }

    /// <summary>The KGI as a form over the volumes and bottlenecks, or null with <see cref="KgiUnsupported"/> saying why.</summary>
    public LinearForm? Kgi { get; init; }

    public Message? KgiUnsupported { get; init; }

    /// <summary>The driven metrics that also have a formula, each a variable y = min(formula, produced).</summary>
    public List<Bottleneck> Bottlenecks { get; init; } = [];

    public int VariableCount => Actions.Count + Bottlenecks.Count;

    static long? Floor(decimal? value) => value is { } v ? (long)decimal.Floor(decimal.Round(v, 12)) : null;

    /// <summary>The values of every variable (volumes, then bottlenecks) for <paramref name="volumes"/>.</summary>
    public decimal[] Values(IReadOnlyList<long> volumes)
    {
        var values = new decimal[VariableCount];
        for (var i = 0; i < Actions.Count; i++) values[i] = volumes[i];
        foreach (var b in Bottlenecks) values[b.Index] = Math.Min(b.Formula.Evaluate(values), b.Produced.Evaluate(values));
        return values;
    }

    /// <summary>The KGI <paramref name="volumes"/> bring, exactly, or null when the KGI is not linear in them.</summary>
    public decimal? KgiAt(IReadOnlyList<long> volumes) => Kgi?.Evaluate(Values(volumes));

    public decimal CostAt(IReadOnlyList<long> volumes) => Actions.Sum(a => a.Cost * volumes[a.Index]);

    public decimal HoursAt(IReadOnlyList<long> volumes) => Actions.Sum(a => a.Hours * volumes[a.Index]);

    /// <summary>Whether <paramref name="volumes"/> meet every constraint, checked in exact decimals (the solver works on scaled integers).</summary>
    public bool Fits(IReadOnlyList<long> volumes, bool cover, decimal? budget, IReadOnlyDictionary<string, decimal>? extraHours = null)
    {
        foreach (var a in Actions)
            if (volumes[a.Index] < a.Min || volumes[a.Index] > a.Max) return false;
        if (cover)
        {
            foreach (var c in Coverages)
                if (c.Actions.Sum(i => Actions[i].PerUnit * volumes[i]) < c.Target) return false;
        }
        foreach (var t in Teams)
        {
            var extra = extraHours?.GetValueOrDefault(t.Team.Id) ?? 0;
            if (t.Actions.Sum(i => Actions[i].Hours * volumes[i]) > t.Available + extra) return false;
        }
        return budget is not { } b || CostAt(volumes) <= b;
    }

    /// <summary>Builds the problem from a calculated plan, or says why it cannot be optimized.</summary>
    /// <returns>The problem, or why the plan cannot be optimized (field <c>plan</c>).</returns>
    public static ParseResult<MixProblem> Build(PlanResult calculated)
    {
        var plan = calculated.Plan;
        if (plan.Actions.IsEmpty)
            return Fail(new Message("計画にアクションがないため、最適化するものがありません", "the plan has no actions, so there is nothing to optimize"));
        var actions = new List<MixVariable>();
        foreach (var r in calculated.Actions)
        {
            var a = r.Action;
            var driven = calculated.Metric(a.Drives);
            if (driven is null) return Fail(new Message($"{a.Label} が動かす指標 {a.Drives} がありません", $"{a.Label} drives {a.Drives}, which does not exist"));
            if (!driven.Shape.IsScalar)
            {
                return Fail(new Message($"{a.Label} は {driven.Metric.Label} をメンバーごとに動かします。メンバー別のアクションの最適化にはまだ対応していません",
                    $"{a.Label} drives {driven.Metric.Label} per member; optimizing actions per member is not supported yet"));
            }
            if (a.PerUnit is not { } pu || pu <= 0)
            {
                return Fail(new Message($"{a.Label} に正の per_unit がないため、量を選べません", $"{a.Label} has no positive per_unit, so its volume cannot be chosen"));
            }
            var min = a.Min is { } lo ? (long)decimal.Ceiling(lo) : 0;
            decimal? max = a.Max;
            if (r.Capacity is { } cap) max = max is { } m ? Math.Min(m, cap) : cap;
            var team = a.Team is { } t ? plan.FindTeam(t) : null;
            decimal? teamMax = team?.Hours is { } th && a.HoursPerUnit is { } h && h > 0 ? th / h : null;
            actions.Add(new MixVariable(actions.Count, a, pu, min, Floor(max), a.CostPerUnit ?? 0, a.HoursPerUnit ?? 0, r.Volume ?? 0)
            {
                TeamMax = Floor(teamMax),
            });
        }

        var coverages = new List<Coverage>();
        foreach (var g in actions.GroupBy(a => a.Action.Drives))
        {
            var m = calculated.Metric(g.Key)!;
            if (m.Target is { } target && target > 0) coverages.Add(new Coverage(m, target, [.. g.Select(a => a.Index)]));
        }
        var teams = plan.Teams
            .Where(t => t.Hours is not null)
            .Select(t => new TeamRow(t, t.Hours!.Value, [.. actions.Where(a => a.Action.Team == t.Id && a.Hours > 0).Select(a => a.Index)]))
            .Where(t => t.Actions.Length > 0)
            .ToList();

        // Covering, an action never needs more than ⌈target ÷ per_unit⌉: beyond it alone covers its metric and only adds cost.
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            var cover = coverages.FirstOrDefault(c => c.Actions.Contains(i));
            actions[i] = a with { CoverMax = cover is null ? a.Min : Math.Max(a.Min, (long)decimal.Ceiling(decimal.Round(cover.Target / a.PerUnit, 12))) };
        }

        var problem = new MixProblem { Calculated = calculated, Actions = actions, Coverages = coverages, Teams = teams };
        var kgi = new KgiForms(problem);
        var form = kgi.Build();
        return ParseResult<MixProblem>.Ok(new MixProblem
        {
            Calculated = calculated, Actions = actions, Coverages = coverages, Teams = teams,
            Kgi = form.Value, KgiUnsupported = form.Errors.FirstOrDefault()?.Message, Bottlenecks = kgi.Bottlenecks,
        });
    }

    static ParseResult<MixProblem> Fail(Message why) => ParseResult<MixProblem>.Fail(new FieldMessage("plan", why));
}

/// <summary>One action's volume as a variable: its bounds, per_unit, cost and hours per unit, and the volume the plan has now.</summary>
/// <param name="Max">The most volume the plan allows: its max or its own capacity, whichever is less; null when neither is written.</param>
sealed record MixVariable(int Index, ActionPlan Action, decimal PerUnit, long Min, long? Max, decimal Cost, decimal Hours, decimal Current)
{
    /// <summary>The most its team's hours allow if it had them all (⌊hours ÷ hours_per_unit⌋).</summary>
    public long? TeamMax { get; init; }

    /// <summary>The most covering needs: ⌈target ÷ per_unit⌉ (or the min when it covers no target).</summary>
    public long CoverMax { get; init; }

    /// <summary>The variable's upper bound in a model: covering caps it at <see cref="CoverMax"/>; the team's hours do unless the team may grow; the KGI objective needs a written bound, the team or the budget.</summary>
    public long? Upper(bool cover, bool teamMayGrow, decimal? budget)
    {
        long? upper = Max;
        if (!teamMayGrow && TeamMax is { } t) upper = upper is { } u ? Math.Min(u, t) : t;
        if (cover) upper = upper is { } u2 ? Math.Min(u2, CoverMax) : CoverMax;
        if (budget is { } b && Cost > 0)
        {
            var affordable = (long)decimal.Floor(b / Cost);
            upper = upper is { } u3 ? Math.Min(u3, affordable) : affordable;
        }
        return upper is { } x ? Math.Max(x, Min) : null;
    }
}

/// <summary>A driven metric's target and the actions that produce it: Σ per_unit × volume ≥ target.</summary>
sealed record Coverage(MetricResult Metric, decimal Target, int[] Actions);

/// <summary>A team's hours and the actions that use them: Σ hours_per_unit × volume ≤ hours.</summary>
sealed record TeamRow(Team Team, decimal Available, int[] Actions);

/// <summary>A driven metric with its own formula: it reaches min(formula, produced), a variable of its own.</summary>
sealed record Bottleneck(int Index, string Metric, LinearForm Formula, LinearForm Produced, int Resolution);
