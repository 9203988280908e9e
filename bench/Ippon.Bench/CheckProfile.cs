using System.Diagnostics;
using Ippon.Calculation;
using Ippon.Cli;
using Ippon.Cli.Output;
using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Bench;

/// <summary>
/// Where the time of <c>ippon check FILE</c> goes (--profile-check FILE [--runs N]): reading the plan, calculating it
/// (model, back-calculation, checks) and printing the findings, each as the CPU time it takes (on a warm JIT after the first run).
/// </summary>
/// <remarks>bench/checks.sh measures the whole command in the published native executable; this says which part to fix.</remarks>
public static class CheckProfile
{
    public static void Run(string file, int runs)
    {
        for (var run = 0; run < runs; run++)
        {
            var clock = new CpuClock();
            var read = PlanReader.ReadFile(file);
            var readMs = clock.Lap();
            if (!read.Success) throw new InvalidOperationException(read.Errors[0].Format(Language.En));
            var result = PlanCalculator.Calculate(read.Plan!);
            var calculateMs = clock.Lap();
            var context = new CliContext(TextWriter.Null, TextWriter.Null);
            FindingsView.Render(context.Console, result, Language.Ja, withSummary: true);
            var renderMs = clock.Lap();
            Console.WriteLine($"run {run + 1} (CPU time): read {readMs:0} ms, calculate {calculateMs:0} ms, render {result.Findings.Length:#,0} findings {renderMs:0} ms");
        }
    }

    // CPU time of the process (all threads, the GC's included): on a machine shared with other builds, wall time says little.
    sealed class CpuClock
    {
        TimeSpan _last = Process.GetCurrentProcess().TotalProcessorTime;

        public double Lap()
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            var ms = (now - _last).TotalMilliseconds;
            _last = now;
            return ms;
        }
    }
}
