using CsCheck;
using Ippon.Calculation;
using Ippon.Plans;

namespace Ippon.Optimize.Tests;

/// <summary>The optimizer against enumerating every mix of small plans (up to 4 actions, volumes up to 6), for each objective and for the smallest extra hours.</summary>
/// <remarks>
/// The plans: revenue = k1 × p1 + k2 × p2 (KSFs r1, r2 with their own targets), actions driving k1 or k2 with random
/// per_unit, cost, hours, min, max and team. The enumeration judges each mix with the engine's targets and, for the
/// KGI, with the engine's own forward calculation (the driven KPIs set to what the mix produces).
/// </remarks>
public class BruteForceTests
{
    sealed record Act(int Drives, decimal PerUnit, decimal Cost, decimal Hours, int Min, int Max, int Team);

    sealed record Small(int K1, int K2, decimal P1, decimal P2, Act[] Acts, decimal HoursA, decimal HoursB, decimal Budget)
    {
        public Plan Plan => new()
        {
            Title = "小さな計画",
            Teams = [new Team { Id = "A", TotalHours = HoursA }, new Team { Id = "B", TotalHours = HoursB }],
            Metrics =
            [
                new Metric { Id = "revenue", Role = MetricRole.Kgi, Formula = F("r1 + r2"), Target = K1 * P1 + K2 * P2, Unit = Unit.Currency("JPY") },
                new Metric { Id = "r1", Role = MetricRole.Ksf, Formula = F("k1 * p1"), Target = K1 * P1, Unit = Unit.Currency("JPY") },
                new Metric { Id = "r2", Role = MetricRole.Ksf, Formula = F("k2 * p2"), Target = K2 * P2, Unit = Unit.Currency("JPY") },
                new Metric { Id = "k1", Role = MetricRole.Kpi, Unit = Unit.Count },
                new Metric { Id = "k2", Role = MetricRole.Kpi, Unit = Unit.Count },
                new Metric { Id = "p1", Value = P1, Unit = Unit.Currency("JPY") },
                new Metric { Id = "p2", Value = P2, Unit = Unit.Currency("JPY") },
            ],
            Actions =
            [
                .. Acts.Select((a, i) => new ActionPlan
                {
                    Id = $"a{i}", Drives = a.Drives == 0 ? "k1" : "k2", PerUnit = a.PerUnit, CostPerUnit = a.Cost, HoursPerUnit = a.Hours,
                    Min = a.Min, Max = a.Max, Team = a.Team switch { 0 => "A", 1 => "B", _ => null },
                }),
            ],
        };

        static Formula F(string text) => Formula.Parse(text).Value!;
    }

    static readonly Gen<Act> s_act =
        from drives in Gen.Int[0, 1]
        from perUnit in Gen.OneOf(0.5m, 1m, 1.5m, 2m, 3m)
        from cost in Gen.OneOf(0m, 1000m, 2500m, 4000m)
        from hours in Gen.OneOf(0.5m, 1m, 2.5m)
        from min in Gen.OneOf(0, 0, 1)
        from max in Gen.Int[1, 6]
        from team in Gen.Int[0, 2]
        select new Act(drives, perUnit, cost, hours, min, max, team);

    static readonly Gen<Small> s_small =
        from k1 in Gen.Int[1, 10]
        from k2 in Gen.Int[1, 10]
        from p1 in Gen.OneOf(1000m, 3000m)
        from p2 in Gen.OneOf(2000m, 5000m)
        from acts in s_act.Array[1, 4]
        from a in Gen.Int[2, 30]
        from b in Gen.Int[2, 30]
        from budget in Gen.Int[0, 40]
        select new Small(k1, k2, p1, p2, acts, a / 2m, b / 2m, budget * 1000m);

    /// <summary>Every mix of volumes within [min, max].</summary>
    static IEnumerable<int[]> Mixes(Act[] acts)
    {
        var x = acts.Select(a => a.Min).ToArray();
        while (true)
        {
            yield return (int[])x.Clone();
            var i = 0;
            while (i < acts.Length && x[i] == acts[i].Max)
            {
                x[i] = acts[i].Min;
                i++;
            }
            if (i == acts.Length) yield break;
            x[i]++;
        }
    }

    static decimal Produced(Small s, int[] x, int k) => s.Acts.Select((a, i) => a.Drives == k ? a.PerUnit * x[i] : 0).Sum();

    static bool Driven(Small s, int k) => s.Acts.Any(a => a.Drives == k);

    static decimal TeamHours(Small s, int[] x, int team) => s.Acts.Select((a, i) => a.Team == team ? a.Hours * x[i] : 0).Sum();

    static bool Covers(Small s, int[] x, PlanResult calc) =>
        (!Driven(s, 0) || Produced(s, x, 0) >= calc.Metric("k1")!.Target) && (!Driven(s, 1) || Produced(s, x, 1) >= calc.Metric("k2")!.Target);

    static bool WithinTeams(Small s, int[] x) => TeamHours(s, x, 0) <= s.HoursA && TeamHours(s, x, 1) <= s.HoursB;

    static decimal Cost(Small s, int[] x) => s.Acts.Select((a, i) => a.Cost * x[i]).Sum();

    static decimal Hours(Small s, int[] x) => s.Acts.Select((a, i) => a.Hours * x[i]).Sum();

    [Theory]
    [InlineData(Objective.Cost)]
    [InlineData(Objective.Hours)]
    public void Run_CostOrHours_EqualsTheBestOfEveryMix(Objective objective)
    {
        s_small.Sample(s =>
        {
            var plan = s.Plan;
            var calc = PlanCalculator.Calculate(plan);
            var fitting = Mixes(s.Acts).Where(x => Covers(s, x, calc) && WithinTeams(s, x)).ToList();
            var r = ActionMixOptimizer.Run(plan, new OptimizeOptions { Objective = objective, FindFixes = false });

            if (fitting.Count == 0) return r.Status == SolveStatus.Infeasible;
            var best = fitting.Min(x => objective == Objective.Cost ? Cost(s, x) : Hours(s, x));
            return r.Status == SolveStatus.Optimal && (objective == Objective.Cost ? r.OptimalCost : r.OptimalHours) == best;
        }, iter: 150);
    }

    [Fact]
    public void Run_KgiWithABudget_EqualsTheBestOfEveryMixAsTheEngineCalculatesIt()
    {
        s_small.Sample(s =>
        {
            var plan = s.Plan;
            var cache = new Dictionary<(decimal, decimal), decimal>();
            decimal Kgi(int[] x)
            {
                var key = (Produced(s, x, 0), Produced(s, x, 1));
                if (cache.TryGetValue(key, out var known)) return known;
                var overrides = new List<ScenarioOverride>();
                if (Driven(s, 0)) overrides.Add(new ScenarioOverride("k1", key.Item1, null));
                if (Driven(s, 1)) overrides.Add(new ScenarioOverride("k2", key.Item2, null));
                return cache[key] = PlanCalculator.Calculate(plan, new CalculationOptions { Overrides = [.. overrides] }).Kgi!.PlannedValue!.Value;
            }
            var fitting = Mixes(s.Acts).Where(x => WithinTeams(s, x) && Cost(s, x) <= s.Budget).ToList();
            var r = ActionMixOptimizer.Run(plan, new OptimizeOptions { Objective = Objective.Kgi, Budget = s.Budget, FindFixes = false });

            if (fitting.Count == 0) return r.Status == SolveStatus.Infeasible;
            return r.Status == SolveStatus.Optimal && r.OptimalKgi == fitting.Max(Kgi);
        }, iter: 100);
    }

    [Fact]
    public void SmallestFix_ExtraHours_AreTheLeastThatLetAMixFit_AndAddingThemMakesThePlanFeasible()
    {
        s_small.Where(s => s.Acts.Any(a => a.Team < 2)).Sample(s =>
        {
            var plan = s.Plan;
            var calc = PlanCalculator.Calculate(plan);
            var covering = Mixes(s.Acts).Where(x => Covers(s, x, calc)).ToList();
            var r = ActionMixOptimizer.Run(plan);
            if (r.Status != SolveStatus.Infeasible) return true;
            var team = r.Fixes.FirstOrDefault(f => f.Kind == "team");
            if (covering.Count == 0) return team is null;
            var least = covering.Min(x => Math.Max(0, TeamHours(s, x, 0) - s.HoursA) + Math.Max(0, TeamHours(s, x, 1) - s.HoursB));
            if (least == 0) return team is null;   // the bounds, not the hours, are what does not fit
            if (team is null || team.ExtraHours.Values.Sum() != least) return false;
            var grown = plan with
            {
                Teams = [.. plan.Teams.Select(t => t with { TotalHours = t.TotalHours + team.ExtraHours.GetValueOrDefault(t.Id) })],
            };
            return ActionMixOptimizer.Run(grown, new OptimizeOptions { FindFixes = false }).Status == SolveStatus.Optimal;
        }, iter: 150);
    }
}
