using Ippon.Numbers;

namespace Ippon.Export.Tools;

/// <summary>Debian's headless Chromium: prints HTML to PDF and takes PNG screenshots.</summary>
/// <remarks>
/// Each run gets its own throwaway profile folder, so runs never share state and nothing is left behind. The flags
/// switch off everything that would reach the network or start background services. The path can be changed with
/// the <c>IPPON_CHROMIUM</c> environment variable.
/// </remarks>
public static class Chromium
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The browser that will run: <c>IPPON_CHROMIUM</c>, or <see cref="DefaultPath"/>.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("IPPON_CHROMIUM") is { Length: > 0 } p ? p : DefaultPath;

    /// <summary>The command that installs the browser and the Japanese font the PDF and PNG exports need (Debian).</summary>
    public const string InstallCommand = "sudo apt-get install chromium fonts-ipaexfont-gothic";

    /// <summary>True when the browser is there; without it the PDF and PNG exports answer <see cref="Missing"/>.</summary>
    public static bool IsInstalled => File.Exists(Executable);

    static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/> (page size and margins from the page's CSS); null on success, else why not.</summary>
    public static Message? PrintToPdf(string htmlFile, string pdfFile) =>
        Run(htmlFile, pdfFile, ["--no-pdf-header-footer", "--print-to-pdf=" + pdfFile]);

    /// <summary>Renders <paramref name="htmlFile"/> in a window of <paramref name="width"/> × <paramref name="height"/> CSS pixels to a PNG, <paramref name="scale"/> device pixels per CSS pixel.</summary>
    public static Message? Screenshot(string htmlFile, string pngFile, int width, int height, int scale = 2) =>
        Run(htmlFile, pngFile, ["--hide-scrollbars", "--default-background-color=ffffffff", $"--force-device-scale-factor={scale}",
            $"--window-size={width},{height}", "--screenshot=" + pngFile]);

    static Message? Run(string htmlFile, string output, IEnumerable<string> flags)
    {
        var profile = ExternalTool.TempFolder("ippon-chromium-");
        try
        {
            string[] common =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-extensions",
                "--user-data-dir=" + profile,
            ];
            var run = ExternalTool.Run(Executable, [.. common, .. flags, new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri], s_timeout);
            if (run.Missing) return Missing;
            if (run.TimedOut) return new Message($"Chromium が {s_timeout.TotalSeconds:0} 秒以内に終わりませんでした", $"Chromium did not finish within {s_timeout.TotalSeconds:0} s");
            if (!run.Success || !File.Exists(output) || new FileInfo(output).Length == 0)
            {
                var detail = Tail(run.Err);
                return new Message($"Chromium が出力を作れませんでした (終了コード {run.ExitCode}): {detail}", $"Chromium produced no output (exit code {run.ExitCode}): {detail}");
            }
            return null;
        }
        finally
        {
            ExternalTool.Remove(profile);
        }
    }

    /// <summary>The message when the browser is not installed.</summary>
    public static Message Missing => new(
        $"PDF と PNG の出力には Chromium が必要です ({Executable} がありません)。{InstallCommand} でインストールしてください",
        $"PDF and PNG export need Chromium ({Executable} not found); install it with: {InstallCommand}");

    static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : string.Join(" / ", lines.TakeLast(2));
    }
}
