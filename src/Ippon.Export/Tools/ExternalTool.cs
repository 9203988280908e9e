using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Ippon.Export.Tools;

/// <summary>Runs an outside program (Chromium, LibreOffice, poppler) with a time limit, and reports how it ended.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="executable"/> with <paramref name="arguments"/>; kills it (and only it, with its children) when <paramref name="timeout"/> passes.</summary>
    public static ToolRun Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        if (!File.Exists(executable)) return new ToolRun(-1, "", "", TimedOut: false, Missing: true);
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        foreach (var a in arguments) info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info);
            if (process is null) return new ToolRun(-1, "", "", TimedOut: false, Missing: true);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ToolRun(-1, stdout.Result, stderr.Result, TimedOut: true, Missing: false);
            }
            process.WaitForExit();
            return new ToolRun(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false, Missing: false);
        }
        catch (Win32Exception e)
        {
            return new ToolRun(-1, "", e.Message, TimedOut: false, Missing: true);
        }
    }

    /// <summary>A fresh empty folder under the system's temp folder, for one run of a tool.</summary>
    public static string TempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a folder made by <see cref="TempFolder"/>; a leftover temp folder is not worth failing for.</summary>
    public static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
