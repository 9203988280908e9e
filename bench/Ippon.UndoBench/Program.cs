using System.Diagnostics;
using System.Globalization;
using Ippon.Storage;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Store;

// Usage: dotnet run --project bench/Ippon.UndoBench -c Release -- [--reps 10000] [--edits 200]
// The plan page's working copy (EditSession) of the rep plan (bench/Ippon.Bench PlanFiles.Write: 10,000 reps in 50
// regions), read as the web app reads a stored plan file; then as many edits as the undo history keeps (商談化率
// typed, a new value each time, as the page's node editor applies it), and the managed memory still reachable after a
// full collection before and after them: what the undo history costs. Then one undo and one redo, timed: each puts a
// plan back as the draft, and with it the calculation the page draws.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
var inv = CultureInfo.InvariantCulture;
var reps = int.Parse(options.GetValueOrDefault("reps", "10000"), inv);
var edits = int.Parse(options.GetValueOrDefault("edits", EditSession.UndoLimit.ToString(inv)), inv);

var work = Directory.CreateTempSubdirectory("ippon-undobench-");
try
{
    Ippon.Bench.PlanFiles.Write(reps, work.FullName);
    var read = Ippon.Files.Plans.PlanReader.ReadFile(Path.Combine(work.FullName, "plan.yaml"));
    if (read.Plan is null) throw new InvalidOperationException("the generated plan does not read: " + string.Join("; ", read.Errors.Select(e => e.ToString())));
    var yaml = Ippon.Files.Plans.PlanWriter.Write(read.Plan);
    // As the store loads a version: the stored text read back (PlanText.ReadFile), not the generator's objects.
    var plan = PlanText.ReadFile(yaml, null).Value!.Plan;
    var (stored, first) = StoredPlan.Create("bench", yaml, "bench", "bench", DateTime.UtcNow);
    var session = new EditSession(new LoadedPlan(stored, first, plan));
    Console.WriteLine($"plan: {reps:#,0} reps in 50 regions, {yaml.Length / 1024.0:#,0} KB as one plan file");

    // Warm-up: one edit and its undo (the JIT), then the history starts empty.
    Edit(session, 0);
    session.Undo();
    session.Load(new LoadedPlan(stored, first, plan));
    var before = Reachable();
    var watch = Stopwatch.StartNew();
    for (var i = 1; i <= edits; i++) Edit(session, i);
    var editing = watch.Elapsed;
    var after = Reachable();
    var history = after - before;
    Console.WriteLine($"{edits} edits in {editing.TotalSeconds:0.0} s ({editing.TotalMilliseconds / edits:0} ms each); undo steps kept: {session.UndoCount}");
    Console.WriteLine($"managed memory reachable: {Mb(before)} before, {Mb(after)} after: the history keeps {Mb(history)} ({history / (double)Math.Max(1, session.UndoCount) / 1024:#,0} KB a step)");

    var undo = Stopwatch.StartNew();
    if (!session.Undo()) throw new InvalidOperationException("nothing to undo");
    var undoTime = undo.Elapsed;
    var redo = Stopwatch.StartNew();
    if (!session.Redo()) throw new InvalidOperationException("nothing to redo");
    var redoTime = redo.Elapsed;
    Console.WriteLine($"one undo: {undoTime.TotalMilliseconds:0} ms; one redo: {redoTime.TotalMilliseconds:0} ms (each draws the plan it puts back: its calculation)");
    GC.KeepAlive(session);
    return 0;
}
finally
{
    work.Delete(recursive: true);
}

static void Edit(EditSession session, int i)
{
    // 商談化率 10.01%, 10.02%, …: a new value each time, so each edit is a step of the history.
    var rate = (10m + (i / 100m)).ToString(CultureInfo.InvariantCulture) + "%";
    var edited = session.Apply(p => EditMetric.Apply(p, "deal_rate", new EditMetric.Changes { Value = rate }));
    if (!edited.Ok) throw new InvalidOperationException(edited.Failure.ToString());
}

static long Reachable()
{
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    return GC.GetTotalMemory(forceFullCollection: true);
}

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("#,0.0", CultureInfo.InvariantCulture) + " MB";
