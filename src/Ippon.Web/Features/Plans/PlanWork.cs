using System.Diagnostics.Metrics;

namespace Ippon.Web.Features.Plans;

/// <summary>
/// Counts the expensive steps of an edit and a save — reading a plan file, calculating a whole plan, diffing two
/// plans — as .NET metrics (meter <c>Ippon.Web.Plans</c>), so a benchmark or a test can see how many each path makes
/// (<c>bench/Ippon.SaveBench</c>), and <c>dotnet-counters</c> can watch a running server.
/// </summary>
public static class PlanWork
{
    public const string MeterName = "Ippon.Web.Plans";

    static readonly Meter s_meter = new(MeterName);

    /// <summary>One plan file text read into a plan.</summary>
    public static readonly Counter<long> Parses = s_meter.CreateCounter<long>("ippon.plan.parses", description: "plan files read");

    /// <summary>One whole plan calculated.</summary>
    public static readonly Counter<long> Calculations = s_meter.CreateCounter<long>("ippon.plan.calculations", description: "plans calculated");

    /// <summary>Two plans compared input by input.</summary>
    public static readonly Counter<long> Diffs = s_meter.CreateCounter<long>("ippon.plan.diffs", description: "plan pairs diffed");
}
