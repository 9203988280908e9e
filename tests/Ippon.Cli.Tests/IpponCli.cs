namespace Ippon.Cli.Tests;

/// <summary>Runs <c>ippon</c> inside the test through <see cref="Cli.Run"/> (the test kit's <see cref="ConsoleRun"/>): the same commands, parsing and exit codes as the executable, without starting a process.</summary>
/// <remarks>Relative paths are read from the test's output folder, as <see cref="IpponProcess.Start"/> runs there too. End-to-end tests use <see cref="IpponProcess"/>.</remarks>
public static class IpponCli
{
    public static ConsoleRun Run(params string[] args) => ConsoleRun.InProcess(Cli.Run, args);
}
