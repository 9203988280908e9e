using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Ippon.Calculation;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Notifications;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

// Usage: dotnet run --project bench/Ippon.SaveBench -c Release -- [--edits 2000] [--saves 200] [--plan examples/sales-100m.yaml]
// The server's side of the plan page on the seed plan: one edit (受注率 typed into the node editor: the edit function,
// the draft's recalculation, the unsaved-changes list) and one save (the draft written, stored as a new version in a
// SQLite file with its audit rows, and the page back on the saved version). Prints the median and p95 time of each,
// and the work per edit and per save: plan files read and plan pairs diffed (the web app's PlanWork meter), plans
// calculated (Core's PlanCalculator.Calculations).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
var inv = CultureInfo.InvariantCulture;
var edits = int.Parse(options.GetValueOrDefault("edits", "2000"), inv);
var saves = int.Parse(options.GetValueOrDefault("saves", "200"), inv);
var planPath = options.GetValueOrDefault("plan", Path.Combine("examples", "sales-100m.yaml"));
var yaml = File.ReadAllText(planPath);

var work = Directory.CreateTempSubdirectory("ippon-savebench-");
try
{
    var contexts = IpponStorage.Factory(DatabaseLocation.Resolve(Path.Combine(work.FullName, "bench.db"), work.FullName));
    await IpponStorage.MigrateAsync(contexts);
    var time = TimeProvider.System;
    var caller = new Caller("bench", AccountRole.Planner, null);
    var page = new PagePath(contexts, time, caller);
    var id = await page.CreateAsync(yaml);
    var session = await page.OpenAsync(id);

    using var counts = new WorkCounts();
    var rates = new[] { "15%", "20%", "25%" };
    // Warm-up: the JIT and EF's first queries.
    for (var i = 0; i < 50; i++) PagePath.Edit(session, rates[i % 3]);
    for (var i = 0; i < 10; i++)
    {
        PagePath.Edit(session, rates[i % 3]);
        await page.SaveAsync(id, session);
    }

    counts.Reset();
    var editTimes = new List<double>(edits);
    for (var i = 0; i < edits; i++)
    {
        var watch = Stopwatch.StartNew();
        PagePath.Edit(session, rates[i % 3]);
        editTimes.Add(watch.Elapsed.TotalMilliseconds);
    }
    var perEdit = counts.Per(edits);

    var saveTimes = new List<double>(saves);
    var saveWork = new WorkCounts.Totals(0, 0, 0);
    for (var i = 0; i < saves; i++)
    {
        PagePath.Edit(session, rates[i % 3] == ToText(session) ? rates[(i + 1) % 3] : rates[i % 3]);
        counts.Reset();
        var watch = Stopwatch.StartNew();
        await page.SaveAsync(id, session);
        saveTimes.Add(watch.Elapsed.TotalMilliseconds);
        saveWork += counts.Now;
    }
    var perSave = saveWork / saves;

    Console.WriteLine($"plan: {Path.GetFileName(planPath)}, {session.Draft.Metrics.Length} metrics, {session.Draft.Actions.Length} actions; SQLite");
    Console.WriteLine($"edit (受注率 typed): median {Median(editTimes):0.000} ms, p95 {P95(editTimes):0.000} ms over {edits:#,0}; per edit: {perEdit}");
    Console.WriteLine($"save (new version + audit, page back on it): median {Median(saveTimes):0.000} ms, p95 {P95(saveTimes):0.000} ms over {saves:#,0}; per save: {perSave}");
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    work.Delete(recursive: true);
}

static string ToText(EditSession session) => session.Draft.Find("win_rate")?.Value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "";

static double Median(List<double> xs) => Quantile(xs, 0.5);

static double P95(List<double> xs) => Quantile(xs, 0.95);

static double Quantile(List<double> xs, double q)
{
    var sorted = xs.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Floor(q * sorted.Count))];
}

/// <summary>The plan page's edit and save, as the page makes them (PlanPage.razor): the one place this benchmark follows the app.</summary>
sealed class PagePath(IDbContextFactory<IpponDb> contexts, TimeProvider time, Caller caller)
{
    readonly PlanStore _store = new(contexts, time, new UploadLimits(UploadLimits.DefaultBytes), NullLoggerFactory.Instance, [new KpiAlertsOnSave()]); // the app's one save observer

    public async Task<Guid> CreateAsync(string yaml)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (plan, first) = StoredPlan.Create("bench", yaml, caller.Name, "bench", time.GetUtcNow().UtcDateTime);
        db.Plans.Add(plan);
        db.PlanVersions.Add(first);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    public async Task<EditSession> OpenAsync(Guid id) => new((await _store.LoadAsync(id)).Value!);

    public static void Edit(EditSession session, string rate)
    {
        var edited = session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = rate }));
        if (!edited.Ok) throw new InvalidOperationException(edited.Failure.ToString());
    }

    public async Task SaveAsync(Guid id, EditSession session)
    {
        var saved = await _store.SaveDraftAsync(id, session.Draft, caller, null, session.BaseVersion);
        if (!saved.Ok) throw new InvalidOperationException(saved.Failure.ToString());
        session.Load((await _store.LoadAsync(id)).Value!);
    }
}

/// <summary>Listens to the PlanWork meter and Core's calculation counter: how many plan reads, calculations and diffs happened since the last reset.</summary>
sealed class WorkCounts : IDisposable
{
    readonly MeterListener _listener = new();
    long _parses, _calculations, _diffs;

    public WorkCounts()
    {
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PlanWork.MeterName || instrument == PlanWork.Diffs || instrument == PlanCalculator.Calculations) l.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument == PlanWork.Parses) Interlocked.Add(ref _parses, value);
            else if (instrument == PlanCalculator.Calculations) Interlocked.Add(ref _calculations, value);
            else if (instrument == PlanWork.Diffs) Interlocked.Add(ref _diffs, value);
        });
        _listener.Start();
    }

    public void Reset() => (_parses, _calculations, _diffs) = (0, 0, 0);

    public Totals Now => new(_parses, _calculations, _diffs);

    public Totals Per(int n) => Now / n;

    public void Dispose() => _listener.Dispose();

    public readonly record struct Totals(double Parses, double Calculations, double Diffs)
    {
        public static Totals operator +(Totals a, Totals b) => new(a.Parses + b.Parses, a.Calculations + b.Calculations, a.Diffs + b.Diffs);

        public static Totals operator /(Totals a, int n) => new(a.Parses / n, a.Calculations / n, a.Diffs / n);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Parses:0.##} parses, {Calculations:0.##} calculations, {Diffs:0.##} diffs");
    }
}
