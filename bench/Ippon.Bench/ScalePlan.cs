using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Bench;

/// <summary>A sales plan with N reps in 50 regions, each rep with its own win rate, calculated end to end (--plan N).</summary>
public static class ScalePlan
{
    public static Plan Build(int reps)
    {
        var inv = CultureInfo.InvariantCulture;
        var region = new Dimension("region", Enumerable.Range(0, 50).Select(i => "R" + i.ToString(inv)));
        var names = Enumerable.Range(0, reps).Select(i => "rep" + i.ToString(inv)).ToArray();
        var rep = new Dimension("rep", names, region, Enumerable.Range(0, reps).Select(i => i % 50));
        Metric F(string id, string formula, MetricRole? role, string unit, string by) => new()
        {
            Id = id, Name = id, Formula = Formula.Parse(formula).Value, Role = role, Unit = Unit.Parse(unit), By = [by], Owner = role is null ? null : "営業部",
        };
        var winRates = ImmutableDictionary.CreateBuilder<string, decimal>();
        var lastYear = ImmutableDictionary.CreateBuilder<string, decimal>();
        for (var i = 0; i < reps; i++)
        {
            winRates[names[i]] = 0.15m + ((i % 11) * 0.01m);
            lastYear[names[i]] = 10_000_000m + ((i % 37) * 100_000m);
        }
        return new Plan
        {
            Title = "scale",
            Dimensions = [region, rep],
            Metrics =
            [
                new Metric { Id = "revenue", Name = "売上", Role = MetricRole.Kgi, Formula = Formula.Parse("sum(rep_revenue)").Value, Target = reps * 12_000_000m, Unit = Unit.Currency("JPY"), Owner = "経営", Deadline = new DateOnly(2027, 3, 31) },
                F("rep_revenue", "rep_orders * unit_price", MetricRole.Ksf, "JPY", "rep") with { Allocation = new Allocation(AllocationMethod.ByMetric, ImmutableDictionary<string, decimal>.Empty, "last_year") },
                F("rep_orders", "rep_deals * win_rate", MetricRole.Kpi, "count", "rep"),
                F("rep_deals", "leads * deal_rate", MetricRole.Kpi, "count", "rep"),
                new Metric { Id = "leads", Name = "leads", Role = MetricRole.Kpi, Unit = Unit.Count, By = ["rep"], Owner = "マーケ" },
                new Metric { Id = "unit_price", Unit = Unit.Currency("JPY"), By = ["region"], Value = 2_000_000m },
                new Metric { Id = "win_rate", Unit = Unit.Ratio, By = ["rep"], Value = 0.2m, MemberValues = winRates.ToImmutable() },
                new Metric { Id = "deal_rate", Unit = Unit.Ratio, Value = 0.1m },
                new Metric { Id = "last_year", Unit = Unit.Currency("JPY"), By = ["rep"], MemberValues = lastYear.ToImmutable() },
            ],
            Actions = [new ActionPlan { Id = "calls", Owner = "営業部", Drives = "leads", PerUnit = 0.05m, Due = new DateOnly(2027, 3, 31), Capacity = Capacity.Of(1, 20, 240) }],
        };
    }

    public static void Run(int reps)
    {
        for (var rep = 0; rep < 3; rep++)
        {
            var sw = Stopwatch.StartNew();
            var plan = Build(reps);
            var tBuild = sw.Elapsed.TotalMilliseconds;
            var result = PlanCalculator.Calculate(plan);
            var tCalc = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"reps {reps}: build plan {tBuild:F0} ms, calculate {tCalc - tBuild:F0} ms, findings {result.Findings.Length}, leads target {result.Metric("leads")!.Target}");
        }
    }
}
