using Ippon.Web.Features.Actuals;

namespace Ippon.Web.Tests.Features;

/// <summary>Actuals as people bring them: the contract CSV, a block pasted from Excel, period labels.</summary>
public sealed class ActualsParsingTests
{
    [Theory]
    [InlineData("Q1", "Q1")]
    [InlineData("q4", "Q4")]
    [InlineData("2026-05", "2026-05")]
    [InlineData("M3", "2026-06")]
    [InlineData("Q5", null)]
    [InlineData("2027-04", null)]
    [InlineData("H1", null)]
    public void Normalize_SeedPlanQuarters(string text, string? expected) => Assert.Equal(expected, Periods.Normalize(SeedPlan.Plan, text));

    [Fact]
    public void Csv_QuotedJapaneseNumbers_AreRead()
    {
        var rows = ActualsCsv.Parse("\uFEFFmetric,period,value\nleads,Q1,\"1,200\"\nnew_revenue,Q1,600万円\nwin_rate,Q2,15%\n");
        Assert.Equal([("Q1", "leads", 1200m, 2), ("Q1", "new_revenue", 6_000_000m, 3), ("Q2", "win_rate", 0.15m, 4)], rows.Value!.Select(r => (r.Period, r.Metric, r.Value!.Value, r.Line!.Value)));
    }

    [Fact]
    public void Csv_NoHeader_IsAnErrorOnLineOne()
    {
        var rows = ActualsCsv.Parse("Q1,leads,200\n");
        Assert.Equal(1, rows.Failure!.Errors[0].Line);
    }

    [Fact]
    public void Paste_WithLabels_PutsEachValueWhereItsLabelsSay()
    {
        var rows = PasteBlock.Parse("\tQ1\tQ2\nリード数\t200\t210\ndeals\t20\t\n", SeedPlan.Plan, ["revenue"]);
        Assert.Equal([new ActualRow("Q1", "leads", 200), new ActualRow("Q2", "leads", 210), new ActualRow("Q1", "deals", 20)], rows.Value);
    }

    [Fact]
    public void Paste_WithoutLabels_FillsTheGridFromItsTopLeft()
    {
        var rows = PasteBlock.Parse("200\t210\n20\t21\n", SeedPlan.Plan, ["leads", "deals"]);
        Assert.Equal([new ActualRow("Q1", "leads", 200), new ActualRow("Q2", "leads", 210), new ActualRow("Q1", "deals", 20), new ActualRow("Q2", "deals", 21)], rows.Value);
    }

    [Fact]
    public void Paste_NotANumber_NamesLineAndColumn()
    {
        var rows = PasteBlock.Parse("200\tたくさん\n", SeedPlan.Plan, ["leads"]);
        Assert.Equal((1, 2), (rows.Failure!.Errors[0].Line, rows.Failure.Errors[0].Column));
    }
}
