using Ippon.Calculation;
using Ippon.Testing;
using Ippon.Web.Features.Edits;

namespace Ippon.Web.Tests.Features;

/// <summary>The edit functions the page and the API share: values as people type them, errors with their field and column.</summary>
public sealed class EditMetricTests
{
    [Theory]
    [InlineData("15%", 134, 1340)]
    [InlineData("0.15", 134, 1340)]
    [InlineData("２５％", 80, 800)]
    public void Apply_WinRate_RecalculatesDealsAndLeads(string value, int deals, int leads)
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "win_rate", new EditMetric.Changes { Value = value });
        Assert.True(edited.Ok);
        var result = PlanCalculator.Calculate(edited.Value);
        Assert.Equal((deals, leads), ((int)result.Metric("deals")!.Target!.Value, (int)result.Metric("leads")!.Target!.Value));
    }

    [Theory]
    [InlineData("deals *", 8)]
    [InlineData("deals * (win_rate", 18)]
    [InlineData("deals ** win_rate", 8)]
    public void Apply_SyntaxError_PointsAtTheColumn(string formula, int column)
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "orders", new EditMetric.Changes { Formula = formula });
        Assert.False(edited.Ok);
        Assert.Equal(("metrics.orders.formula", column), (edited.Failure.Errors[0].Field, edited.Failure.Errors[0].Column));
    }

    [Fact]
    public void Apply_FormulaOnAnInputWithAValue_IsRefused()
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "win_rate", new EditMetric.Changes { Formula = "deal_rate * 2" });
        Assert.False(edited.Ok);
        Assert.Equal("metrics.win_rate.formula", edited.Failure.Errors[0].Field);
    }

    [Fact]
    public void Apply_RateAbove100Percent_IsRefusedWithTheInvalidRateMessage()
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "win_rate", new EditMetric.Changes { Value = "150%" });
        Assert.False(edited.Ok);
        Assert.Contains("0%〜100%", edited.Failure.Errors[0].Message.In(Ippon.Numbers.Language.Ja), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-31")]
    [InlineData("2027/03/31")]  // accepted by the plan file, so accepted by the page (one grammar: DateText)
    [InlineData("２０２７-０３-３１")]
    public void Apply_Deadline_AcceptsWhatThePlanFileAccepts(string text)
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "revenue", new EditMetric.Changes { Deadline = text });

        Assert.Equal(new DateOnly(2027, 3, 31), edited.Value!.Find("revenue")!.Deadline);
    }

    [Fact]
    public void Apply_DeadlineNotADate_SaysTheFormToWrite()
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "revenue", new EditMetric.Changes { Deadline = "3月末" });

        Assert.Equal(("metrics.revenue.deadline", "'3月末' is not a date; write YYYY-MM-DD (e.g. 2027-03-31)"),
            (edited.Failure!.Errors[0].Field, edited.Failure.Errors[0].Message.In(Ippon.Numbers.Language.En)));
    }

    [Fact]
    public void Apply_EmptyTarget_ClearsIt()
    {
        var withTarget = EditMetric.Apply(SeedPlan.Build(), "leads", new EditMetric.Changes { Target = "1,200" });
        Assert.Equal(1200m, withTarget.Value!.Find("leads")!.Target);
        var cleared = EditMetric.Apply(withTarget.Value, "leads", new EditMetric.Changes { Target = "" });
        Assert.Null(cleared.Value!.Find("leads")!.Target);
    }

    [Fact]
    public void Apply_UnknownMetric_IsNotFound()
    {
        var edited = EditMetric.Apply(SeedPlan.Build(), "nope", new EditMetric.Changes { Name = "x" });
        Assert.Equal(Ippon.Web.Features.Shared.FailureKind.NotFound, edited.Failure!.Kind);
    }

    [Fact]
    public void AddMetric_TakenId_SuggestsAFreeOne()
    {
        var added = AddMetric.Apply(SeedPlan.Build(), new AddMetric.Request("leads", "x", "kpi", "営業部", null, null, null));
        Assert.Contains("leads_1", added.Failure!.Errors[0].Message.In(Ippon.Numbers.Language.En), StringComparison.Ordinal);
    }
}
