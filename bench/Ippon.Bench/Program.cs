using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ippon.Bench;

// Usage: dotnet run -c Release --project bench/Ippon.Bench -- --write-scale DIR   (the inputs of bench/checks.sh)
//        dotnet run -c Release --project bench/Ippon.Bench -- --profile-check FILE [--runs 3]   (where `ippon check` spends its time)
//        dotnet run -c Release --project bench/Ippon.Bench -- --profile-edit 10000 [--runs 20]   (the server's calculation per page edit)
//        dotnet run -c Release --project bench/Ippon.Bench -- --profile-actuals PLAN CSV   (what `ippon review` holds in memory)
//        dotnet run -c Release --project bench/Ippon.Bench -- --write-workbook ROWS FILE; --profile-import FILE   (`ippon import`'s peak memory)
//        dotnet run -c Release --project bench/Ippon.Bench -- --n 10000 --p 12 [--edits 500] [--goalseeks 5] [--batches 5] [--seed 1]
//        dotnet run -c Release --project bench/Ippon.Bench -- --compare hf.jsonl ippon.jsonl
// Prints one JSON object per phase, as the peer's bench.mjs does, so that bench/compare.sh can set them side by side.
var argMap = new Dictionary<string, string>();
for (var a = 0; a + 1 < args.Length; a++)
    if (args[a].StartsWith("--", StringComparison.Ordinal)) argMap[args[a][2..]] = args[a + 1];
if (argMap.TryGetValue("write-plan", out var writeN)) { PlanFiles.Write(int.Parse(writeN, CultureInfo.InvariantCulture), args[^1]); return 0; }
if (argMap.TryGetValue("write-scale", out var scaleDir)) { ScaleFiles.Write(scaleDir); return 0; }
if (argMap.TryGetValue("profile-check", out var checkFile)) { CheckProfile.Run(checkFile, argMap.TryGetValue("runs", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 3); return 0; }
if (argMap.TryGetValue("profile-edit", out var editReps)) { EditProfile.Run(int.Parse(editReps, CultureInfo.InvariantCulture), argMap.TryGetValue("runs", out var er) ? int.Parse(er, CultureInfo.InvariantCulture) : 20); return 0; }
if (argMap.TryGetValue("profile-actuals", out var actualsPlan)) { ActualsProfile.Run(actualsPlan, args[^1]); return 0; }
if (argMap.TryGetValue("write-workbook", out var bookRows)) { ImportProfile.Write(int.Parse(bookRows, CultureInfo.InvariantCulture), args[^1]); return 0; }
if (argMap.TryGetValue("profile-import", out var importFile)) { ImportProfile.Run(importFile); return 0; }
if (argMap.TryGetValue("plan", out var planN)) { ScalePlan.Run(int.Parse(planN, CultureInfo.InvariantCulture)); return 0; }
if (argMap.TryGetValue("profile", out var profileN)) { Profile.Run(int.Parse(profileN, CultureInfo.InvariantCulture), 12); return 0; }
if (argMap.TryGetValue("compare", out var hfFile))
{
    return Compare.Run(hfFile, args[^1]);
}
int Arg(string name, int fallback) => argMap.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var n = Arg("n", 1000);
var p = Arg("p", 12);
var edits = Arg("edits", 500);
var goalSeeks = Arg("goalseeks", 5);
var batches = Arg("batches", 5);
var seed = (uint)Arg("seed", 1);

double Rnd()
{
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed / 4294967296.0;
}

void Emit(object phase)
{
    var fields = new Dictionary<string, object?> { ["engine"] = "ippon", ["n"] = n, ["p"] = p };
    foreach (var prop in phase.GetType().GetProperties()) fields[prop.Name] = prop.GetValue(phase);
    Console.WriteLine(JsonSerializer.Serialize(fields));
}

static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

static long Heap()
{
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    return GC.GetTotalMemory(true);
}

Emit(new { phase = "start", runtime = Environment.Version.ToString(), cores = Environment.ProcessorCount });

// Warm the JIT on a small model (every path the phases use) so that the measurements are the engine, not the compiler.
{
    // Big enough (6,000 chains) for the parallel loops to run too, as they do at the measured sizes.
    var warm = new ChainModel(6000, p, ChainModel.Inputs(6000, p));
    for (var k = 0; k < 50; k++)
    {
        warm.Sheet.Set(warm.Leads, warm.Cell(k, k % p), 900 + k);
        warm.Sheet.GoalSeek(warm.Revenue, warm.Cell(k, k % p), 50_000m, warm.Leads, warm.Cell(k, k % p));
        warm.Sheet.GoalSeek(warm.Total, k % p, 5_000_000m, warm.Leads, warm.Cell(k, k % p));
    }
    warm.Sheet.SetMany(PeriodEdits(warm, 0, 1.01m));
}

// ---------- the floor: a hand-written loop over flat double arrays (build + calculate) ----------
{
    var times = new List<double>();
    double floorTotal = 0;
    for (var rep = 0; rep < 3; rep++)
    {
        var floorInputs = Floor.Inputs(n, p);
        Heap();
        var sw = Stopwatch.GetTimestamp();
        floorTotal = Floor.BuildAndCalculate(n, p, floorInputs);
        times.Add(Ms(Stopwatch.GetTimestamp() - sw));
    }
    Emit(new { phase = "floor_flat_double_loop", build_and_calc_ms = Math.Round(times.Order().ElementAt(1), 2), first_build_ms = Math.Round(times[0], 2), total_p0 = floorTotal });
}

// ---------- (a) build + full calculation ----------
// Built three times from fresh inputs (as the floor is); the median is reported, the first build too.
var builds = new List<double>();
double genMs = 0;
var before = 0L;
ChainModel model = null!;
string gcDuring = "";
for (var rep = 0; rep < 3; rep++)
{
    model = null!;
    var genStart = Stopwatch.GetTimestamp();
    var inputs = ChainModel.Inputs(n, p);
    genMs = Ms(Stopwatch.GetTimestamp() - genStart);
    before = Heap();
    var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var t0 = Stopwatch.GetTimestamp();
    model = new ChainModel(n, p, inputs);
    builds.Add(Ms(Stopwatch.GetTimestamp() - t0));
    gcDuring = $"{GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}";
}
var buildMs = builds.Order().ElementAt(1);
model = null!;
var (engineBytes, kept) = MeasureMemory(n, p);
model = kept;
var cells = (n * p * 7) + p;
var expected0 = ChainModel.ExpectedTotal(n, 0);
var storedCells = model.Sheet.Cells.Values.Sum(v => (long)v.Length);
Emit(new
{
    phase = "build_full_calc",
    cells,
    formula_cells = (n * p * 3) + p,
    stored_cells = storedCells,
    gen_input_ms = Math.Round(genMs, 2),
    gc_during_build = gcDuring,
    build_and_calc_ms = Math.Round(buildMs, 2),
    first_build_ms = Math.Round(builds[0], 2),
    ns_per_cell = Math.Round(buildMs * 1e6 / cells),
    total_p0 = model.TotalOf(0),
    expected_total_p0 = expected0,
    ok = model.TotalOf(0) == expected0,
    // Memory of the engine including its input arrays (allocated before `before`): everything the model holds.
    heap_mb = Math.Round(engineBytes / 1048576.0, 1),
    bytes_per_cell = Math.Round(engineBytes / (double)cells, 1),
});

// ---------- (b) single-input edit + read top total ----------
{
    for (var k = 0; k < 10; k++)
    {
        int i = (int)(Rnd() * n), q = (int)(Rnd() * p);
        model.Sheet.Set(model.Leads, model.Cell(i, q), ChainModel.Leads0(i, q) + 1);
        _ = model.TotalOf(q);
    }
    var times = new List<double>();
    var ok = true;
    for (var e = 0; e < edits; e++)
    {
        int i = (int)(Rnd() * n), q = (int)(Rnd() * p);
        var v = 500 + (int)(Rnd() * 1000);
        var s = Stopwatch.GetTimestamp();
        model.Sheet.Set(model.Leads, model.Cell(i, q), v);
        var total = model.TotalOf(q);
        times.Add(Ms(Stopwatch.GetTimestamp() - s));
        ok &= total > 0;
    }
    // The incrementally maintained totals must equal a full recalculation, to the last digit.
    var incremental = Enumerable.Range(0, p).Select(model.TotalOf).ToArray();
    model.Sheet.Calculate();
    ok &= incremental.SequenceEqual(Enumerable.Range(0, p).Select(model.TotalOf));
    times.Sort();
    Emit(new
    {
        phase = "single_edit_incremental", edits,
        avg_ms = Math.Round(times.Average(), 5), p50_ms = Math.Round(times[times.Count / 2], 5),
        p95_ms = Math.Round(times[(int)(times.Count * 0.95)], 5), max_ms = Math.Round(times[^1], 5),
        avg_us = Math.Round(times.Average() * 1000, 2), p50_us = Math.Round(times[times.Count / 2] * 1000, 2),
        incremental_equals_full = ok,
    });
}

// ---------- goal seek: one chain's leads for a revenue target (exact inversion, no bisection) ----------
foreach (var kind in new[] { "chain_revenue", "top_total" })
{
    double ms = 0;
    var ok = true;
    for (var g = 0; g < goalSeeks; g++)
    {
        int i = (int)(Rnd() * n), q = (int)(Rnd() * p);
        var cell = model.Cell(i, q);
        var rev = model.Sheet.Get(model.Revenue, cell).Value;
        var target = kind == "chain_revenue" ? rev * (1.1m + (0.1m * g)) : model.TotalOf(q) + (rev * (0.1m + (0.1m * g)));
        var s = Stopwatch.GetTimestamp();
        var r = kind == "chain_revenue"
            ? model.Sheet.GoalSeek(model.Revenue, cell, target, model.Leads, cell)
            : model.Sheet.GoalSeek(model.Total, q, target, model.Leads, cell);
        ms += Ms(Stopwatch.GetTimestamp() - s);
        var achieved = kind == "chain_revenue" ? model.Sheet.Get(model.Revenue, cell).Value : model.TotalOf(q);
        ok &= r.Success && Math.Abs(achieved - target) <= 1e-9m * Math.Abs(target);
        model.Sheet.Set(model.Leads, cell, ChainModel.Leads0(i, q));
    }
    Emit(new
    {
        phase = $"goal_seek_{kind}", goal_seeks = goalSeeks, method = "exact inversion", converged = ok,
        avg_ms_per_goal_seek = Math.Round(ms / goalSeeks, 5), avg_us_per_goal_seek = Math.Round(ms / goalSeeks * 1000, 2),
    });
}

// ---------- (c) change all 4 inputs of every chain for one period, recalculate ----------
{
    var times = new List<double>();
    var ok = true;
    for (var b = 0; b < batches; b++)
    {
        var q = b % p;
        var f = 1 + (0.01m * (b + 1));
        var s = Stopwatch.GetTimestamp();
        model.Sheet.SetMany(PeriodEdits(model, q, f));
        var total = model.TotalOf(q);
        times.Add(Ms(Stopwatch.GetTimestamp() - s));
        decimal exp = 0;
        for (var i = 0; i < n; i++) exp += ChainModel.Leads0(i, q) * f * ChainModel.Conv0(i) * f * ChainModel.Win0(i) * f * ChainModel.Price0(i, q) * f;
        ok &= Math.Abs(total - exp) <= 1e-9m * Math.Abs(exp);
    }
    Emit(new
    {
        phase = "batch_one_period_all_inputs", api = "SetMany", reps = batches, input_cells_changed = 4 * n,
        formula_cells_recalculated = (3 * n) + 1, ok,
        avg_ms = Math.Round(times.Average(), 3), min_ms = Math.Round(times.Min(), 3), max_ms = Math.Round(times.Max(), 3),
    });
}

// ---------- (c2) every leads cell of every period changed, recalculate ----------
{
    var s = Stopwatch.GetTimestamp();
    var leads = model.Sheet.Cells.Values[model.Leads];
    var edits2 = new List<(int, int, decimal)>(n * p);
    for (var i = 0; i < n; i++)
        for (var q = 0; q < p; q++) edits2.Add((model.Leads, model.Cell(i, q), ChainModel.Leads0(i, q) + 2));
    model.Sheet.SetMany(edits2);
    var totalLast = model.TotalOf(p - 1);
    var ms = Ms(Stopwatch.GetTimestamp() - s);
    _ = leads;
    Emit(new
    {
        phase = "all_leads_all_periods", api = "SetMany", input_cells_changed = n * p, formula_cells_recalculated = (3 * n * p) + p,
        ms = Math.Round(ms, 2), ns_per_formula_cell = Math.Round(ms * 1e6 / ((3 * n * p) + p)), total_last = totalLast,
    });
}

Emit(new { phase = "end", peak_working_set_mb = Math.Round(Environment.WorkingSet / 1048576.0, 1) });
return 0;

// The heap the engine holds for the model (its input arrays included), measured in a frame of its own so that no
// earlier model is still reachable from a local.
[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
static (long Bytes, ChainModel Model) MeasureMemory(int n, int p)
{
    var before = Heap();
    var model = new ChainModel(n, p, ChainModel.Inputs(n, p));
    var after = Heap();
    return (after - before, model);
}

static IEnumerable<(int, int, decimal)> PeriodEdits(ChainModel m, int q, decimal f)
{
    for (var i = 0; i < m.N; i++)
    {
        var cell = m.Cell(i, q);
        yield return (m.Leads, cell, ChainModel.Leads0(i, q) * f);
        yield return (m.Conv, cell, ChainModel.Conv0(i) * f);
        yield return (m.Win, cell, ChainModel.Win0(i) * f);
        yield return (m.Price, cell, ChainModel.Price0(i, q) * f);
    }
}
