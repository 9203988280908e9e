using System.Diagnostics.Metrics;
using Ippon.Calculation;
using Ippon.Testing;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Features;

/// <summary>An edit in the page calculates the plan once: the edit's check hands its calculation to the draft.</summary>
public sealed class EditCalculationTests
{
    // Counts PlanCalculator's calculations made on this thread only (other tests calculate in parallel).
    static int CalculationsDuring(Action action)
    {
        var thread = Environment.CurrentManagedThreadId;
        var count = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument == PlanCalculator.Calculations) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            if (Environment.CurrentManagedThreadId == thread) count += (int)value;
        });
        listener.Start();
        action();
        return count;
    }

    static EditSession Session()
    {
        var plan = SeedPlan.Build();
        var (stored, first) = Ippon.Storage.StoredPlan.Create(plan.Title, "plan: x", "test", "seed", DateTime.UnixEpoch);
        return new EditSession(new LoadedPlan(stored, first, plan));
    }

    [Fact]
    public void Apply_WinRate15Percent_CalculatesOnceAndShows134Deals()
    {
        var session = Session();

        var count = CalculationsDuring(() => session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "15%" })));

        Assert.Equal(1, count);
        Assert.Equal(134m, session.Result.Metric("deals")!.Target);
    }

    [Fact]
    public void Apply_RefusedEdit_CalculatesAtMostOnceAndKeepsTheDraft()
    {
        var session = Session();

        var count = CalculationsDuring(() => session.Apply(p => EditMetric.Apply(p, "leads", new EditMetric.Changes { Formula = "orders * 50" })));

        Assert.True(count <= 1);
        Assert.Equal(100m, session.Result.Metric("deals")!.Target);
    }

    [Fact]
    public void Undo_KeepsPlansNotCalculations_AndRecalculatesThePlanItPutsBackWithItsOwnNumbers()
    {
        var session = Session();
        session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "15%" }));
        session.Apply(p => EditMetric.Apply(p, "win_rate", new EditMetric.Changes { Value = "25%" }));
        Assert.Equal(80m, session.Result.Metric("deals")!.Target); // 20 orders at 25%

        // The history holds the 15% draft without its calculation (a 10,000-rep plan's is 4.4 MB): undo makes it again.
        Assert.Equal(1, CalculationsDuring(() => session.Undo()));
        Assert.Equal(134m, session.Result.Metric("deals")!.Target);
        // The saved version keeps its own: undoing back to it calculates nothing.
        Assert.Equal(0, CalculationsDuring(() => session.Undo()));
        Assert.Equal(100m, session.Result.Metric("deals")!.Target);
        Assert.Equal(1, CalculationsDuring(() => session.Redo()));
        Assert.Equal(134m, session.Result.Metric("deals")!.Target);
        Assert.Equal(1, CalculationsDuring(() => session.Redo()));
        Assert.Equal(80m, session.Result.Metric("deals")!.Target);
    }
}
