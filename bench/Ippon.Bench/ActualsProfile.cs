using System.Diagnostics;
using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Review;

namespace Ippon.Bench;

/// <summary>
/// Where the memory of <c>ippon review PLAN --actuals CSV</c> goes (--profile-actuals PLAN CSV): the managed heap the
/// read actuals hold after a full collection, and the process's peak working set after reading and after the review.
/// </summary>
/// <remarks>bench/checks.sh measures the whole command's peak in the published native executable; this says which part holds it.</remarks>
public static class ActualsProfile
{
    public static void Run(string planFile, string csvFile)
    {
        static string Mb(long bytes) => $"{bytes / 1048576.0:#,0} MB";
        var plan = PlanReader.ReadFile(planFile);
        if (!plan.Success) throw new InvalidOperationException(plan.Errors[0].Format(Language.En));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var read = ActualsReader.ReadFile(csvFile, plan.Plan!);
        if (!read.Success) throw new InvalidOperationException(read.Errors[0].Format(Language.En));
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var rows = read.Actuals.Rows.Length;
        Console.WriteLine($"read {rows:#,0} rows: heap held {Mb(held)} ({held / Math.Max(1, rows)} bytes a row), peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
        var review = PlanReview.Run(plan.Plan!, PeriodCalendar.For(plan.Plan!)!, read.Actuals);
        Console.WriteLine($"review: {review.Findings.Length} findings, peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
        GC.KeepAlive(read);
    }
}
