using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// The real app as its own process: the built Ippon.Web.dll under <c>dotnet</c>, on 127.0.0.1 and a free port, with
/// its own database file. Browser tests drive it; the crash test kills it with SIGKILL and starts it again.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    readonly StringBuilder _log = new();
    Process? _process;

    WebServer(string database)
    {
        DatabasePath = database;
    }

    public string DatabasePath { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the server printed, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>The built web app next to this test assembly's build output (artifacts/bin/Ippon.Web/&lt;config&gt;/Ippon.Web.dll).</summary>
    public static string Dll
    {
        get
        {
            var tests = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var config = Path.GetFileName(tests);
            var bin = Path.GetDirectoryName(Path.GetDirectoryName(tests))!;
            var dll = Path.Combine(bin, "Ippon.Web", config, "Ippon.Web.dll");
            if (!File.Exists(dll)) throw new FileNotFoundException($"the web app is not built at {dll}; build tests/Ippon.Web.Tests first");
            return dll;
        }
    }

    /// <summary>Starts a server on <paramref name="database"/> and waits until it answers.</summary>
    public static async Task<WebServer> StartAsync(string database)
    {
        var server = new WebServer(database);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts (again, after <see cref="Kill"/>) on the same database, on a new free port.</summary>
    public async Task StartAgainAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseAddress.ToString());
        info.Environment["IPPON_DB"] = DatabasePath;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the web app exited with {_process.ExitCode}:\n{Log}");
            try
            {
                using var response = await http.GetAsync(new Uri("/api/plans", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the web app did not answer within 60 s:\n{Log}");
    }

    /// <summary>Kills the process at once (SIGKILL on Linux: no shutdown, no flush) and waits for it to be gone.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null && !_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }
}
