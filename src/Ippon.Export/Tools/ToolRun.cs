namespace Ippon.Export.Tools;

/// <summary>How an outside program ended: its exit code and what it printed, or that it ran out of time or could not start.</summary>
public sealed record ToolRun(int ExitCode, string Out, string Err, bool TimedOut, bool Missing)
{
    public bool Success => !TimedOut && !Missing && ExitCode == 0;
}
