using System.Diagnostics;
using System.Globalization;
using Ippon.Calculation;
using Ippon.Files.Plans;

namespace Ippon.Bench;

/// <summary>
/// What one edit of the web page costs the server on the plan of N reps (--profile-edit N [--runs R]): the deal rate set
/// to a new value and the whole plan calculated, as the page's EditMetric does (its check is this calculation), R times
/// after a warm-up; prints the median and best wall and CPU time and the bytes allocated per edit.
/// </summary>
/// <remarks>bench/Ippon.WebBench measures the edit in the browser (round trip and redraw included); this isolates the
/// calculation so a change to it can be compared on a shared machine (CPU time moves less with the load than wall time).
/// Run it under <c>dotnet-trace collect</c> to see where the time goes.</remarks>
public static class EditProfile
{
    public static void Run(int reps, int runs)
    {
        var dir = Directory.CreateTempSubdirectory("ippon-edit-profile-");
        try
        {
            PlanFiles.Write(reps, dir.FullName);
            var read = PlanReader.ReadFile(Path.Combine(dir.FullName, "plan.yaml"));
            if (read.Plan is not { } plan) throw new InvalidOperationException(string.Join("; ", read.Errors.Select(e => e.ToString())));
            decimal[] rates = [0.11m, 0.12m, 0.10m, 0.13m, 0.09m, 0.125m];
            var wall = new List<double>();
            var cpu = new List<double>();
            var bytes = new List<double>();
            var process = Process.GetCurrentProcess();
            var revenue = 0m;
            for (var i = 0; i < runs + 3; i++)
            {
                var rate = rates[i % rates.Length];
                var edited = plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == "deal_rate" ? m with { Value = rate } : m)] };
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var result = PlanCalculator.Calculate(edited);
                var ms = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                revenue = result.Metric("revenue")!.Planned.Sum(v => v ?? 0);
                if (i < 3) continue; // warm-up: the JIT's tiers
                wall.Add(ms);
                cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
                bytes.Add(GC.GetAllocatedBytesForCurrentThread() - allocated);
                plan = edited; // the next edit starts from this one, as in the page
            }
            static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"edit of deal_rate on {reps:#,0} reps, {runs} runs: wall median {Median(wall):0.0} ms (best {wall.Min():0.0}), CPU median {Median(cpu):0.0} ms (best {cpu.Min():0.0}), allocated {Median(bytes) / 1e6:0.0} MB per edit; planned revenue {revenue:#,0}"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
