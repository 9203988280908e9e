extern alias cli;
using System.Diagnostics;
using System.Text;

namespace Ippon.Fuzz.Tests;

/// <summary>Runs <c>ippon</c> in this process (fast, for many inputs) or as the real executable (for a few), and judges the run.</summary>
public static class CliRunner
{
    static readonly Lock s_one = new();

    /// <summary>Runs the command line in process, within <see cref="Fuzz.Budget"/>; null when the run was clean.</summary>
    public static string? InProcess(params string[] args)
    {
        // One at a time: the command line sets the console's encoding.
        lock (s_one)
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var clock = Stopwatch.StartNew();
            var run = Task.Run(() => cli::Ippon.Cli.Cli.Run(args, stdout, stderr));
            if (!run.Wait(Fuzz.Budget)) return $"did not finish within {Fuzz.Budget.TotalSeconds} s: ippon {string.Join(' ', args)}";
            return Fuzz.Judge(run.Result, stdout.ToString(), stderr.ToString(), args.Contains("--json"), clock.Elapsed);
        }
    }

    /// <summary>Runs the real executable (ippon.dll on the runtime, as the tool is installed) under GNU time when present, so that its peak memory is measured too.</summary>
    public static string? Process(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ippon.dll");
        var time = File.Exists("/usr/bin/time");
        var info = new ProcessStartInfo(time ? "/usr/bin/time" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (time) foreach (var a in new[] { "-f", "IPPON_FUZZ_PEAK_KB=%M", "dotnet" }) info.ArgumentList.Add(a);
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Fuzz.Budget + TimeSpan.FromSeconds(5)))
        {
            process.Kill(entireProcessTree: true);
            return $"the executable did not finish within {Fuzz.Budget.TotalSeconds} s: ippon {string.Join(' ', args)}";
        }
        var err = string.Join('\n', stderr.Result.Split('\n').Where(l => !l.StartsWith("Command exited with non-zero status", StringComparison.Ordinal)));
        var peak = err.Split('\n').FirstOrDefault(l => l.StartsWith("IPPON_FUZZ_PEAK_KB=", StringComparison.Ordinal));
        if (peak is not null)
        {
            err = err.Replace(peak, "", StringComparison.Ordinal);
            if (long.Parse(peak["IPPON_FUZZ_PEAK_KB=".Length..], System.Globalization.CultureInfo.InvariantCulture) * 1024 > Fuzz.MaxBytes)
                return $"peak memory {peak} above 1 GiB: ippon {string.Join(' ', args)}";
        }
        // The JIT's start-up is not the input's fault: the executable gets five more seconds than in process.
        return Fuzz.Judge(process.ExitCode, stdout.Result, err, args.Contains("--json"), clock.Elapsed - TimeSpan.FromSeconds(5));
    }
}
