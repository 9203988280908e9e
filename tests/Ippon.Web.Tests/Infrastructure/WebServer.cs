using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// The real app as its own process: the built Ippon.Web.dll under <c>dotnet</c>, on 127.0.0.1 and a free port, with
/// its own database file. Browser tests drive it; the crash test kills it with SIGKILL and starts it again.
/// </summary>
public sealed partial class WebServer : IAsyncDisposable
{
    readonly StringBuilder _log = new();
    Process? _process;

    WebServer(string database)
    {
        DatabasePath = database;
    }

    public string DatabasePath { get; }

    /// <summary>The first admin's password (IPPON_ADMIN_PASSWORD), so that tests can sign in.</summary>
    public const string AdminPassword = "test-admin-password-1";

    /// <summary>More environment variables for the app (e.g. IPPON_DB's engine, settings); a null value removes the variable (e.g. IPPON_ADMIN_PASSWORD for a first run).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    string? _token;

    /// <summary>A client with an admin API token (created once per server through the sign-in form and the token API).</summary>
    public async Task<HttpClient> AdminClientAsync(TimeSpan? timeout = null)
    {
        _token ??= await CreateTokenAsync("admin", null);
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        return client;
    }

    /// <summary>Signs in as the admin with the form (antiforgery token and all) and creates an API token of <paramref name="role"/>.</summary>
    public async Task<string> CreateTokenAsync(string role, string? department)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = BaseAddress };
        await SignInAsync(http, "admin", AdminPassword);
        using var response = await http.PostAsync(new Uri("/api/tokens", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { name = $"test-{role}-{Guid.NewGuid():N}", role, department }));
        response.EnsureSuccessStatusCode();
        using var doc = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("secret").GetString()!;
    }

    /// <summary>Posts the sign-in form with its antiforgery token; the client's cookie container keeps the session.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(http);
        var form = await http.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            ["UserName"] = user,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in as {user} failed: {(int)response.StatusCode}");
        return response;
    }

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

    /// <summary>Starts a server on <paramref name="database"/> (with more environment <paramref name="settings"/>) and waits until it answers.</summary>
    public static async Task<WebServer> StartAsync(string database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = new WebServer(database);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) server.Settings[key] = value;
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
        info.Environment["IPPON_ADMIN_PASSWORD"] = AdminPassword;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in Settings)
        {
            if (value is null) info.Environment.Remove(key);
            else info.Environment[key] = value;
        }
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
                using var response = await http.GetAsync(new Uri("/login", UriKind.Relative));
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
        // A fixture whose start failed is never disposed: kill the process here, or it outlives the test run.
        Kill();
        throw new TimeoutException($"the web app did not answer within 60 s:\n{Log}");
    }

    /// <summary>Kills the process at once (SIGKILL on Linux: no shutdown, no flush) and waits for it to be gone.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>
    /// Sends SIGTERM (what Ctrl+C in a terminal, systemd and <c>docker stop</c> send) and waits up to
    /// <paramref name="limit"/> for the process to end; returns how long it took and its exit code (null: still running, then killed).
    /// </summary>
    public async Task<(TimeSpan Elapsed, int? ExitCode)> TerminateAsync(TimeSpan limit)
    {
        if (_process is null || _process.HasExited) throw new InvalidOperationException("the web app is not running");
        var clock = Stopwatch.StartNew();
        if (Signals.Kill(_process.Id, Signals.SigTerm) != 0) throw new InvalidOperationException($"kill -TERM {_process.Id} failed");
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return (clock.Elapsed, _process.ExitCode);
        }
        catch (OperationCanceledException)
        {
            var elapsed = clock.Elapsed;
            Kill();
            return (elapsed, null);
        }
    }

    static partial class Signals
    {
        public const int SigTerm = 15;

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);
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
