using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ippon.Web.Features.Lifecycle;

/// <summary>
/// What a person who starts the server reads in the terminal, in Japanese and English: each step while it starts
/// (the first start creates the database and the sample plan), then the address and, on a first run, the sign-in
/// line with the one-time password last, where the eye lands; and when it stops, that it stopped.
/// </summary>
/// <remarks>
/// Plain lines on standard output rather than log entries: the framework's own start and stop messages
/// (Microsoft.Hosting.Lifetime) are turned down to warnings in appsettings.json, so that nothing is printed after the
/// sign-in line.
/// </remarks>
public sealed class StartupConsole(TextWriter output)
{
    const string Rule = "==========================================================================";

    /// <summary>One step of the start, as it begins.</summary>
    public void Step(string ja, string en) => output.WriteLine($"Ippon: {ja} / {en}");

    /// <summary>One step of the start and what it works on (a path, a title).</summary>
    public void Step(string ja, string en, string detail) => output.WriteLine($"Ippon: {ja} / {en}: {detail}");

    /// <summary>Prints the ready banner once the server listens, and the stop lines when it stops.</summary>
    public void WhenRunning(WebApplication app, string? oneTimePassword)
    {
        ArgumentNullException.ThrowIfNull(app);
        var lifetime = app.Lifetime;
        var server = app.Services.GetRequiredService<IServer>();
        lifetime.ApplicationStarted.Register(() =>
            Ready(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [], oneTimePassword));
        lifetime.ApplicationStopping.Register(() => Step("停止しています…", "stopping…"));
        lifetime.ApplicationStopped.Register(() => Step("停止しました", "stopped"));
    }

    /// <summary>The banner: the address to open, then (first run only) the one-time password for admin, last.</summary>
    public void Ready(IEnumerable<string> addresses, string? oneTimePassword)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var urls = addresses.Select(Browsable).ToList();
        var lines = new List<string> { "", Rule, " Ippon: 起動しました / ready  (Ctrl+C で停止 / Ctrl+C stops it)" };
        if (urls.Count > 0) lines.Add($" 開く / open:  {string.Join("  ", urls)}");
        if (oneTimePassword is not null)
        {
            lines.Add("");
            lines.Add($" 初回起動: \"{Accounts.FirstRun.UserName}\" と下の一回限りのパスワードでサインインし、自分のパスワードに変えてください (表示はこの一回だけです)。");
            lines.Add($" First run: sign in as \"{Accounts.FirstRun.UserName}\" (then choose your own password; this one is shown only once) with this one-time password");
            lines.Add($"     {oneTimePassword}");
        }
        lines.Add(Rule);
        lines.Add("");
        // One write, so that no other line lands inside the banner.
        output.Write(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        output.Flush();
    }

    /// <summary>An address a browser can open: a wildcard host (http://+:80, http://0.0.0.0:5080, http://[::]:5080) becomes localhost.</summary>
    public static string Browsable(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        foreach (var wildcard in new[] { "://+:", "://*:", "://0.0.0.0:", "://[::]:" })
        {
            var at = address.IndexOf(wildcard, StringComparison.Ordinal);
            if (at >= 0) return string.Concat(address.AsSpan(0, at), "://localhost:", address.AsSpan(at + wildcard.Length));
        }
        return address;
    }
}
