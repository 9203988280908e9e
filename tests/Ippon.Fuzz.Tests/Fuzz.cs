using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsCheck;

namespace Ippon.Fuzz.Tests;

/// <summary>Runs a generator's inputs against a check, deterministically (a fixed seed per suite), and reports the figures.</summary>
/// <remarks>
/// CsCheck's generators make the inputs; they are drawn from a PCG seeded by <c>IPPON_FUZZ_SEED</c> (1 by default), so
/// that CI runs the same inputs every time and a long local run (<c>bench/fuzz.sh N</c>) can pick another seed.
/// <c>IPPON_FUZZ_N</c> scales every suite's count; <c>IPPON_FUZZ_REPORT</c> names a file that gets one line per suite.
/// </remarks>
public static class Fuzz
{
    /// <summary>How long one input may take.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    /// <summary>The most memory the process may hold after an input.</summary>
    public const long MaxBytes = 1L << 30;

    static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("IPPON_FUZZ_SEED"), out var s) ? s : 1;

    /// <summary><paramref name="ciCount"/>, or the count asked for with IPPON_FUZZ_N (times <paramref name="share"/>).</summary>
    public static int Count(int ciCount, double share) =>
        int.TryParse(Environment.GetEnvironmentVariable("IPPON_FUZZ_N"), out var n) ? Math.Max(1, (int)(n * share)) : ciCount;

    /// <summary>Runs <paramref name="count"/> inputs of <paramref name="gen"/>; <paramref name="check"/> returns why an input was not handled cleanly, or null.</summary>
    public static void Run<T>(string suite, Gen<T> gen, int count, Func<T, string?> check, Func<T, string> describe)
    {
        var pcg = new PCG((uint)suite.Length * 7919u + 1u, Seed);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var suiteClock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var input = gen.Generate(pcg, null, out Size _);
            var clock = Stopwatch.StartNew();
            string? problem;
            try
            {
                problem = check(input);
            }
            catch (Exception e)
            {
                problem = $"the check itself threw {e.GetType().Name}: {e.Message}";
            }
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            // The heap as of the last collection includes garbage: only a heap still above the limit after a full collection counts.
            if (problem is null && GC.GetGCMemoryInfo().HeapSizeBytes > MaxBytes && GC.GetTotalMemory(forceFullCollection: true) is var live && live > MaxBytes)
                problem = $"{live / 1_048_576} MB still held after the input";
            if (problem is not null && failures.Count < 20) failures.Add($"#{i}: {problem}\n--- input ---\n{Clip(describe(input), 2_000)}");
            else if (problem is not null) failures.Add($"#{i}");
            if ((i + 1) % 5_000 == 0) Progress(suite, i + 1, count, failures.Count, suiteClock.Elapsed);
        }
        Report(suite, count, count - failures.Count, slowest, suiteClock.Elapsed);
        Assert.True(failures.Count == 0, $"{suite}: {failures.Count} of {count} inputs not handled cleanly (seed {Seed})\n\n{string.Join("\n\n", failures.Take(5))}");
    }

    /// <summary>Why the output of a run is not clean: exit code, stack traces or exception text, JSON that does not parse, time.</summary>
    public static string? Judge(int exit, string stdout, string stderr, bool json, TimeSpan took)
    {
        if (exit is not (0 or 1 or 2)) return $"exit {exit}\n{Clip(stderr, 1_000)}";
        foreach (var text in new[] { stdout, stderr })
        {
            if (text.Contains("Exception", StringComparison.Ordinal) || text.Contains("\n   at ", StringComparison.Ordinal))
                return $"exception text in the output (exit {exit}):\n{Clip(text, 1_000)}";
        }
        if (took > Budget) return $"took {took.TotalSeconds:0.0} s";
        if (json && exit is 0 or 1)
        {
            try
            {
                using var _ = JsonDocument.Parse(stdout);
            }
            catch (JsonException e)
            {
                return $"JSON output does not parse: {e.Message}\n{Clip(stdout, 500)}";
            }
        }
        return null;
    }

    static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + $"… ({text.Length:#,0} characters)";

    static readonly Lock s_report = new();

    // A long run (bench/fuzz.sh) says how far it is every 5,000 inputs, in REPORT.progress: figures survive a run stopped early.
    static void Progress(string suite, int done, int count, int failed, TimeSpan took)
    {
        if (Environment.GetEnvironmentVariable("IPPON_FUZZ_REPORT") is not { Length: > 0 } file) return;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:HH:mm:ss} {suite}: {done} of {count} inputs, {failed} not clean, {took.TotalSeconds:0} s, heap {GC.GetTotalMemory(false) / 1_048_576} MB");
        lock (s_report) File.AppendAllText(file + ".progress", line + "\n");
    }

    static void Report(string suite, int tried, int clean, TimeSpan slowest, TimeSpan took)
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576;
        // The heap after a full collection once the suite is done: what the process (the web app in memory included) keeps.
        var held = GC.GetTotalMemory(forceFullCollection: true) / 1_048_576;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{suite}\tinputs {tried}\tclean {clean} ({100.0 * clean / Math.Max(1, tried):0.00}%)\tslowest {slowest.TotalMilliseconds:0} ms\ttook {took.TotalSeconds:0} s ({took.TotalMilliseconds / Math.Max(1, tried):0.0} ms an input)\tpeak working set {peak} MB\theap held after {held} MB\tseed {Seed}");
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("IPPON_FUZZ_REPORT") is { Length: > 0 } file)
            lock (s_report) File.AppendAllText(file, line + "\n");
    }
}
