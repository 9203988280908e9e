using Ippon.Export.Tools;

namespace Ippon.Export.Tests.Tools;

/// <summary>Runs a required program and fails the test with its output if it does not succeed.</summary>
public static class Run
{
    public static string Tool(string executable, params string[] args)
    {
        Installed.Require(executable);
        var run = ExternalTool.Run(executable, args, TimeSpan.FromMinutes(2));
        Assert.True(run.Success, $"{executable} {string.Join(' ', args)} failed (exit {run.ExitCode}, timed out: {run.TimedOut}):\n{run.Err}\n{run.Out}");
        return run.Out;
    }
}
