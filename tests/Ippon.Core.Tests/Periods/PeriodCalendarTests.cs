using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Tests.Periods;

public class PeriodCalendarTests
{
    static PeriodCalendar FiscalYear(PeriodKind kind = PeriodKind.Quarter) =>
        PeriodCalendar.Of(new Horizon(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), kind));

    [Fact]
    public void Of_FiscalYearByQuarter_StartsQ1InApril()
    {
        var c = FiscalYear();

        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], c.Periods.Select(p => p.Label));
        Assert.Equal(new DateOnly(2026, 4, 1), c.Periods[0].Start);
        Assert.Equal(new DateOnly(2026, 6, 30), c.Periods[0].End);
        Assert.Equal(new DateOnly(2027, 1, 1), c.Periods[3].Start);
        Assert.Equal(new DateOnly(2027, 3, 31), c.Periods[3].End);
    }

    [Theory]
    [InlineData(PeriodKind.Month, 12, "M01", "M12")]
    [InlineData(PeriodKind.Half, 2, "H1", "H2")]
    [InlineData(PeriodKind.Year, 1, "Y1", "Y1")]
    public void Of_OtherPeriodKinds_LabelsFromTheHorizonsStart(PeriodKind kind, int count, string first, string last)
    {
        var c = FiscalYear(kind);

        Assert.Equal(count, c.Count);
        Assert.Equal(first, c.Periods[0].Label);
        Assert.Equal(last, c.Periods[^1].Label);
    }

    [Theory]
    [InlineData("Q2", "Q2")]
    [InlineData("q2", "Q2")]
    [InlineData("Ｑ２", "Q2")]
    [InlineData("M05", "Q2")]
    [InlineData("M3", "Q1")]
    [InlineData("2026-07", "Q2")]
    [InlineData("2026/09", "Q2")]
    [InlineData("2027-03", "Q4")]
    [InlineData("2027-01-15", "Q4")]
    public void Resolve_LabelInsideTheHorizon_MapsToItsQuarter(string label, string quarter)
    {
        var span = FiscalYear().Resolve(label);

        Assert.True(span.Success, span.Errors.FirstOrDefault()?.Message.ToString());
        Assert.True(span.Value.IsSinglePeriod);
        Assert.Equal(quarter, span.Value.First.Label);
    }

    [Fact]
    public void Resolve_MonthlyPlanAndYyyyMm_MapsToThatMonth()
    {
        var span = FiscalYear(PeriodKind.Month).Resolve("2026-12");

        Assert.True(span.Success);
        Assert.Equal("M09", span.Value.First.Label);
    }

    [Fact]
    public void Resolve_HalfInAQuarterlyPlan_SpansTwoQuarters()
    {
        var span = FiscalYear().Resolve("H1");

        Assert.True(span.Success);
        Assert.False(span.Value.IsSinglePeriod);
        Assert.Equal("Q1", span.Value.First.Label);
        Assert.Equal("Q2", span.Value.Last.Label);
    }

    [Theory]
    [InlineData("Q5")]
    [InlineData("M13")]
    [InlineData("2026-03")]
    [InlineData("2027-04")]
    [InlineData("2027-04-01")]
    public void Resolve_LabelOutsideTheHorizon_FailsNamingTheHorizon(string label)
    {
        var span = FiscalYear().Resolve(label);

        Assert.False(span.Success);
        Assert.Contains("outside the horizon 2026-04-01 – 2027-03-31", span.Errors.Single().Message.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("first quarter")]
    [InlineData("Q")]
    [InlineData("2026-13")]
    public void Resolve_Unreadable_FailsListingTheLabelsItAccepts(string label)
    {
        var span = FiscalYear().Resolve(label);

        Assert.False(span.Success);
        Assert.Contains("Q1…Q4, M01…M12, H1, H2, Y1, YYYY-MM (2026-04…2027-03)", span.Errors.Single().Message.ToString());
    }

    [Fact]
    public void For_PlanWithoutHorizon_IsOneYearEndingAtTheKgisDeadline()
    {
        var plan = SeedPlan.Build() with { Horizon = null };

        var c = PeriodCalendar.For(plan)!;

        Assert.Equal(1, c.Count);
        Assert.Equal(new DateOnly(2026, 4, 1), c.Periods[0].Start);
        Assert.Equal(new DateOnly(2027, 3, 31), c.Periods[0].End);
    }

    [Fact]
    public void Of_PartialLastQuarter_CountsItAndEndsAtTheHorizon()
    {
        var c = PeriodCalendar.Of(new Horizon(new DateOnly(2026, 4, 1), new DateOnly(2027, 1, 31), PeriodKind.Quarter));

        Assert.Equal(4, c.Count);
        Assert.Equal(1, c.Periods[3].Months);
        Assert.Equal(new DateOnly(2027, 1, 31), c.Periods[3].End);
    }
}
