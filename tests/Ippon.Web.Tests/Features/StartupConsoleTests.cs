using Ippon.Web.Features.Lifecycle;

namespace Ippon.Web.Tests.Features;

/// <summary>What the terminal shows once the server listens: the address, then on a first run the one-time password, last.</summary>
public sealed class StartupConsoleTests
{
    static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.StartsWith("====", StringComparison.Ordinal))];

    [Fact]
    public void Ready_OnAFirstRun_EndsWithTheAddressAndThenTheOneTimePassword()
    {
        using var output = new StringWriter();
        new StartupConsole(output).Ready(["http://localhost:5080"], "BkaCqx2waWHQXV8a94DQ");
        var lines = Lines(output.ToString());
        Assert.Equal("BkaCqx2waWHQXV8a94DQ", lines[^1].Trim());
        Assert.EndsWith("one-time password", lines[^2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("一回限りのパスワード", StringComparison.Ordinal));
        var address = lines.FindIndex(l => l.Contains("open:  http://localhost:5080", StringComparison.Ordinal));
        Assert.InRange(address, 0, lines.Count - 3);
    }

    [Fact]
    public void Ready_OnALaterStart_EndsWithTheAddressAndPrintsNoPassword()
    {
        using var output = new StringWriter();
        new StartupConsole(output).Ready(["http://127.0.0.1:5731"], null);
        var lines = Lines(output.ToString());
        Assert.Contains("open:  http://127.0.0.1:5731", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("password", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://+:80", "http://localhost:80")]
    [InlineData("http://*:5080", "http://localhost:5080")]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080")]
    [InlineData("https://[::]:8443", "https://localhost:8443")]
    [InlineData("http://127.0.0.1:5731", "http://127.0.0.1:5731")]
    [InlineData("http://ippon.example.jp:5080", "http://ippon.example.jp:5080")]
    public void Browsable_AWildcardHost_BecomesLocalhost(string address, string expected) =>
        Assert.Equal(expected, StartupConsole.Browsable(address));
}
