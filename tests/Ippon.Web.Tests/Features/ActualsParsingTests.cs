using Ippon.Testing;
using Ippon.Web.Features.Actuals;

namespace Ippon.Web.Tests.Features;

/// <summary>Actuals as people bring them: the contract CSV, a block pasted from Excel, period labels.</summary>
public sealed class ActualsParsingTests
{
    [Theory]
    [InlineData("Q1", "Q1")]
    [InlineData("q4", "Q4")]
    [InlineData("Ｑ２", "Q2")]
    [InlineData("Q5", null)]
    [InlineData("2026-05", null)]
    [InlineData("M3", null)]
    [InlineData("H1", null)]
    public void Resolve_SeedPlan_TakesItsQuartersOnly(string text, string? expected) => Assert.Equal(expected, ActualsPeriods.Resolve(SeedPlan.Build(), text).Value);

    [Fact]
    public void PerPeriod_MonthlyCsvRows_AddUpIntoQuartersAndRatesAverage()
    {
        var read = Ippon.Files.Actuals.ActualsReader.Parse("period,metric,value\n2026-04,leads,60\n2026-05,leads,70\nM03,leads,50\nQ2,win_rate,15%\n", SeedPlan.Build());
        Assert.True(read.Success);
        Assert.Equal([new ActualRow("Q1", "leads", 180), new ActualRow("Q2", "win_rate", 0.15m)], StoredActuals.PerPeriod(SeedPlan.Build(), read.Actuals));
    }

    [Fact]
    public void Paste_WithLabels_PutsEachValueWhereItsLabelsSay()
    {
        var rows = PasteBlock.Parse("\tQ1\tQ2\nリード数\t200\t210\ndeals\t20\t\n", SeedPlan.Build(), ["revenue"]);
        Assert.Equal([new ActualRow("Q1", "leads", 200), new ActualRow("Q2", "leads", 210), new ActualRow("Q1", "deals", 20)], rows.Value);
    }

    [Fact]
    public void Paste_WithoutLabels_FillsTheGridFromItsTopLeft()
    {
        var rows = PasteBlock.Parse("200\t210\n20\t21\n", SeedPlan.Build(), ["leads", "deals"]);
        Assert.Equal([new ActualRow("Q1", "leads", 200), new ActualRow("Q2", "leads", 210), new ActualRow("Q1", "deals", 20), new ActualRow("Q2", "deals", 21)], rows.Value);
    }

    [Fact]
    public void Paste_NotANumber_NamesLineAndColumn()
    {
        var rows = PasteBlock.Parse("200\tたくさん\n", SeedPlan.Build(), ["leads"]);
        Assert.Equal((1, 2), (rows.Failure!.Errors[0].Line, rows.Failure.Errors[0].Column));
    }
}
