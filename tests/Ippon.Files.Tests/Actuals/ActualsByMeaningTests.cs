using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Plans;

namespace Ippon.Files.Tests.Actuals;

/// <summary>Actuals are keyed by the time a period label means, not by its spelling (issue 10, item 7), and counts cannot be negative.</summary>
public class ActualsByMeaningTests
{
    static Plan SeedPlan => PlanReader.ReadFile(Seed.Path).Plan!;

    static ActualsReadResult Read(string csv) => ActualsReader.Parse(csv, SeedPlan, "a.csv");

    [Fact]
    public void AprilInSevenSpellingsAndItsQuarter_IsRefusedRowByRowNamingTheFirstLine()
    {
        // Before: 700 leads for April, silently.
        var r = Read("period,metric,value\n2026-04,leads,100\n2026/04,leads,100\n2026/4,leads,100\nM01,leads,100\nM1,leads,100\n2026-04-15,leads,100\nQ1,leads,100\n");

        Assert.False(r.Success);
        Assert.Equal([3, 4, 5, 6, 7, 8], r.Errors.Select(e => e.Line));
        Assert.All(r.Errors, e => Assert.Contains("2026-04 on line 2 already counts", e.Message.In(Ippon.Numbers.Language.En)));
        Assert.Contains("同じ期間を数えています", r.Errors[0].Message.In(Ippon.Numbers.Language.Ja));
    }

    [Fact]
    public void QuarterThenOneOfItsMonths_IsRefusedNamingTheQuarterLine()
    {
        var error = Assert.Single(Read("period,metric,value\nQ1,leads,300\nM02,leads,100\n").Errors);

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("M02,leads counts time that Q1 on line 2 already counts", error.ToString());
    }

    [Fact]
    public void DifferentMonthsOfOneQuarterAndDifferentDaysOfOneMonth_AddUp()
    {
        var r = Read("period,metric,value\n2026-04,leads,50\nM2,leads,60\n2026-06-01,leads,30\n2026-06-02,leads,40\nQ2,leads,80\n");

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal([180m, 80m, null, null], r.Actuals.Series("leads", 4, quality: false));
    }

    [Fact]
    public void TheSameMonthForTwoMetrics_IsNotADuplicate()
    {
        Assert.True(Read("period,metric,value\n2026-04,leads,50\nM01,deals,5\n").Success);
    }

    [Fact]
    public void ADateInAMonthGivenWhole_IsRefused()
    {
        var error = Assert.Single(Read("period,metric,value\n2026-05,leads,50\n2026-05-20,leads,5\n").Errors);

        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("leads", "-100")]
    [InlineData("orders", "-1")]
    public void NegativeCount_IsRefused(string metric, string value)
    {
        var error = Assert.Single(Read($"period,metric,value\nQ1,{metric},{value}\n").Errors);

        Assert.Equal((2, 10 + metric.Length - 5), (error.Line, error.Column));
        Assert.Contains("is negative; a count's actual must be 0 or more", error.ToString());
    }

    [Fact]
    public void NegativeMoney_IsKeptAsARefundMayBe()
    {
        Assert.True(Read("period,metric,value\nQ1,new_revenue,-100000\n").Success);
    }

    [Fact]
    public void FullWidthPeriodAndValue_Read()
    {
        var r = Read("period,metric,value\nＱ１,leads,１２０\n");

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(120m, Assert.Single(r.Actuals.Rows).Value);
    }

    [Fact]
    public void AValueOf1e27_IsOutOfRangeNotAnInternalError()
    {
        var error = Assert.Single(Read("period,metric,value\nQ1,win_rate,1e27\n").Errors);

        Assert.Contains("outside the supported range", error.ToString());
    }

    [Fact]
    public void AHugeCell_IsEchoedClipped()
    {
        var error = Assert.Single(Read($"period,metric,value\nQ1,leads,{new string('9', 100_000)}x\n").Errors);

        Assert.True(error.ToString().Length < 300, $"{error.ToString().Length} characters");
    }
}
