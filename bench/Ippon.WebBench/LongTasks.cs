using System.Globalization;
using System.Text.Json;

/// <summary>
/// What the browser's long tasks were made of, from a Chromium performance trace (<c>--trace FILE</c>): each task over
/// 50 ms on the page's main thread, with the time of the trace events inside it by name (layout, style, script, GC, paint).
/// </summary>
static class LongTasks
{
    public static void Summarise(string path, TextWriter output)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var events = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement : doc.RootElement.GetProperty("traceEvents");
        // The renderer's main thread(s): named CrRendererMain in the metadata events.
        var main = new HashSet<(long, long)>();
        foreach (var e in events.EnumerateArray())
        {
            if (Str(e, "ph") == "M" && Str(e, "name") == "thread_name" && e.TryGetProperty("args", out var a) && Str(a, "name") == "CrRendererMain")
                main.Add((Num(e, "pid"), Num(e, "tid")));
        }
        var complete = new List<(string Name, double Ts, double Dur, double Cpu)>();
        foreach (var e in events.EnumerateArray())
        {
            if (Str(e, "ph") != "X" || !main.Contains((Num(e, "pid"), Num(e, "tid")))) continue;
            if (!e.TryGetProperty("dur", out var d) || !e.TryGetProperty("ts", out var ts)) continue;
            // tdur: the thread's CPU time in the event; dur is wall time, which a loaded machine stretches.
            var cpu = e.TryGetProperty("tdur", out var td) ? td.GetDouble() : d.GetDouble();
            complete.Add((Str(e, "name") ?? "?", ts.GetDouble(), d.GetDouble(), cpu));
        }
        complete.Sort((x, y) => x.Ts.CompareTo(y.Ts));
        var tasks = complete.Where(c => c.Name == "RunTask" && c.Dur > 50_000).ToList();
        var inv = CultureInfo.InvariantCulture;
        var all = complete.Where(c => c.Name == "RunTask").ToList();
        var busiest = all.Count == 0 ? 0 : all.Max(c => c.Cpu) / 1000;
        output.WriteLine(string.Create(inv, $"trace {path}: {tasks.Count} tasks over 50 ms on the main thread (wall); tasks over 50 ms of the thread's CPU time: {all.Count(c => c.Cpu > 50_000)}; the most CPU in one task: {busiest:0.0} ms of {all.Count:#,0} tasks"));
        foreach (var task in tasks.OrderByDescending(t => t.Dur).Take(10))
        {
            var inside = complete.Where(c => c.Ts >= task.Ts && c.Ts + c.Dur <= task.Ts + task.Dur && c.Name != "RunTask")
                .GroupBy(c => c.Name).Select(g => (Name: g.Key, Ms: g.Sum(c => c.Dur) / 1000, Count: g.Count()))
                .OrderByDescending(g => g.Ms).Take(8);
            output.WriteLine(string.Create(inv, $"  {task.Dur / 1000:0} ms ({task.Cpu / 1000:0.0} ms CPU): {string.Join(", ", inside.Select(g => $"{g.Name} {g.Ms:0.0} ms ×{g.Count}"))}"));
        }
    }

    static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static long Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : -1;
}
