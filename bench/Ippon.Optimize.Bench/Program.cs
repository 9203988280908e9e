using System.Diagnostics;
using System.Globalization;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Optimize;
using Ippon.Plans;

// Usage: dotnet run -c Release --project bench/Ippon.Optimize.Bench [-- examples/sales-100m-teams.yaml]
// Prints the median and the slowest of several warm runs per case, end to end (calculation, model, CP-SAT, checks).
var seedPath = args.Length > 0 ? args[0] : Path.Combine("examples", "sales-100m-teams.yaml");
var seed = PlanReader.ReadFile(seedPath).Plan ?? throw new InvalidOperationException($"cannot read {seedPath}");
var fifteen = new CalculationOptions { Overrides = [new ScenarioOverride("win_rate", 0.15m, null)] };
var large = Large.Build(actions: 200, kpis: 50, teams: 10);

Console.WriteLine($"cores {Environment.ProcessorCount}, .NET {Environment.Version}");
Measure("seed, least cost", 20, () => ActionMixOptimizer.Run(seed));
Measure("seed, least hours", 20, () => ActionMixOptimizer.Run(seed, new OptimizeOptions { Objective = Objective.Hours }));
Measure("seed, highest KGI for 500万円", 20, () => ActionMixOptimizer.Run(seed, new OptimizeOptions { Objective = Objective.Kgi, Budget = 5_000_000m }));
Measure("seed at 15%: infeasible + smallest fixes", 5, () => ActionMixOptimizer.Run(seed, calculation: fifteen));
Measure("200 actions × 50 KPIs × 10 teams, least cost", 5, () => ActionMixOptimizer.Run(large));
Measure("200 actions × 50 KPIs × 10 teams, least hours", 5, () => ActionMixOptimizer.Run(large, new OptimizeOptions { Objective = Objective.Hours }));

static void Measure(string name, int runs, Func<OptimizeResult> run)
{
    var first = run();   // warm-up (JIT, native library load)
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var sw = Stopwatch.StartNew();
        run();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: median {times[times.Count / 2]:0.0} ms, slowest {times[^1]:0.0} ms ({runs} runs; {first.Status.ToString().ToLowerInvariant()}, cost {first.OptimalCost:#,0}, hours {first.OptimalHours:#,0.#})"));
}

/// <summary>A generated plan: KPIs with explicit targets summed into the KGI, actions spread over KPIs and teams with varied yields, costs, hours and limits.</summary>
static class Large
{
    public static Plan Build(int actions, int kpis, int teams)
    {
        var random = new Random(15);
        var metrics = new List<Metric>
        {
            new() { Id = "revenue", Role = MetricRole.Kgi, Formula = Formula.Parse(string.Join(" + ", Enumerable.Range(0, kpis).Select(k => $"k{k} * p{k}"))).Value, Unit = Unit.Currency("JPY") },
        };
        for (var k = 0; k < kpis; k++)
        {
            metrics.Add(new Metric { Id = $"k{k}", Role = MetricRole.Kpi, Target = random.Next(50, 500), Unit = Unit.Count, Owner = $"team{k % teams}" });
            metrics.Add(new Metric { Id = $"p{k}", Value = random.Next(1, 50) * 10_000m, Unit = Unit.Currency("JPY") });
        }
        return new Plan
        {
            Title = "large",
            Metrics = [.. metrics],
            Teams = [.. Enumerable.Range(0, teams).Select(t => new Team { Id = $"team{t}", People = random.Next(3, 10), HoursPerDay = 2, WorkingDays = 240 })],
            Actions =
            [
                .. Enumerable.Range(0, actions).Select(i => new ActionPlan
                {
                    Id = $"a{i}", Drives = $"k{i % kpis}", Owner = $"team{i % teams}", Team = $"team{i % teams}",
                    PerUnit = random.Next(1, 40) / 4m, CostPerUnit = random.Next(1, 100) * 1_000m,
                    HoursPerUnit = random.Next(1, 20) / 2m, Max = random.Next(20, 200),
                }),
            ],
        };
    }
}
