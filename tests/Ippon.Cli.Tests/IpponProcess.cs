using System.Diagnostics;
using System.Text;

namespace Ippon.Cli.Tests;

/// <summary>Runs the real <c>ippon</c> executable (the built ippon.dll under <c>dotnet</c>) and captures what it prints: the end-to-end tests (exit codes, the published configuration, a working folder); the others run in-process through <see cref="IpponCli"/>.</summary>
public static class IpponProcess
{

    static string Dll => Path.Combine(AppContext.BaseDirectory, "ippon.dll");

    /// <summary>The folder of the example plans copied next to the tests.</summary>
    public static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");

    public static ConsoleRun StartIn(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment.Remove("IPPON_LANG");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ippon {string.Join(' ', args)} did not finish within 60 s");
        }
        return new ConsoleRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ConsoleRun Start(params string[] args) => StartIn(AppContext.BaseDirectory, args);
}
