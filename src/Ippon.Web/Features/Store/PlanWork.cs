using System.Diagnostics.Metrics;

namespace Ippon.Web.Features.Store;

/// <summary>
/// Counts the web app's expensive steps of an edit and a save besides calculations (Core's
/// <c>PlanCalculator.Calculations</c>): reading a plan file and diffing two plans, as .NET metrics (meter
/// <c>Ippon.Web.Plans</c>), so a benchmark or a test can see how many each path makes (<c>bench/Ippon.SaveBench</c>),
/// and <c>dotnet-counters</c> can watch a running server.
/// </summary>
public static class PlanWork
{
    public const string MeterName = "Ippon.Web.Plans";

    static readonly Meter s_meter = new(MeterName);

    /// <summary>One plan file text read into a plan.</summary>
    public static readonly Counter<long> Parses = s_meter.CreateCounter<long>("ippon.plan.parses", description: "plan files read");

    /// <summary>Two plans compared input by input: Files' own counter (the diff lives beside the plan file code), named here so one class lists the steps.</summary>
    public static readonly Counter<long> Diffs = Ippon.Files.Changes.PlanDiff.Diffs;
}
