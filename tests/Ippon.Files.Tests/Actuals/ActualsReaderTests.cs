using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Plans;

namespace Ippon.Files.Tests.Actuals;

public class ActualsReaderTests
{
    static Plan SeedPlan => PlanReader.ReadFile(Seed.Path).Plan!;

    static ActualsReadResult Read(string csv) => ActualsReader.Parse(csv, SeedPlan, "a.csv");

    static string OnlyError(ActualsReadResult r)
    {
        Assert.False(r.Success);
        return Assert.Single(r.Errors).ToString();
    }

    [Fact]
    public void ReadFile_ContractExample_ReadsEveryRowIntoItsQuarter()
    {
        var r = ActualsReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m-actuals.csv"), SeedPlan);

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(8, r.Actuals.Rows.Length);
        Assert.Equal(400m, r.Actuals.Rows.Where(a => a.Metric == "leads").Sum(a => a.Value));
        Assert.Equal(12_000_000m, r.Actuals.Rows.Where(a => a.Metric == "new_revenue").Sum(a => a.Value));
        Assert.Equal(1, r.Actuals.LastPeriod);
    }

    [Fact]
    public void Parse_YyyyMmLabels_MapToTheFiscalQuarterAndAddUp()
    {
        var r = Read("period,metric,value\n2026-04,leads,50\n2026-05,leads,60\n2026-06,leads,70\n2026-07,leads,80\n");

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal([0, 0, 0, 1], r.Actuals.Rows.Select(a => a.Period));
        Assert.Equal([180m, 80m, null, null], r.Actuals.Series("leads", 4, quality: false));
    }

    [Fact]
    public void Parse_ColumnsInAnotherOrderAndMoneyAndPercentages_AreRead()
    {
        var r = Read("metric,value,period,note\nnew_revenue,\"1,200万円\",Q1,x\nwin_rate,15%,Q1,\n");

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal([12_000_000m, 0.15m], r.Actuals.Rows.Select(a => a.Value));
    }

    [Fact]
    public void Parse_UnknownMetric_NamesTheLineAndColumnAndSuggestsTheNearestId()
    {
        var error = OnlyError(Read("period,metric,value\nQ1,leads,180\nQ1,lead,20\n"));

        Assert.Equal("a.csv:3:4: no metric 'lead' in the plan; did you mean 'leads'?", error);
    }

    [Fact]
    public void Parse_PeriodOutsideTheHorizon_NamesTheLineAndTheHorizon()
    {
        var error = OnlyError(Read("period,metric,value\nQ5,leads,180\n"));

        Assert.StartsWith("a.csv:2:1: period 'Q5' is outside the horizon 2026-04-01 – 2027-03-31", error);
    }

    [Fact]
    public void Parse_MonthBeforeTheHorizon_IsOutsideIt()
    {
        var error = OnlyError(Read("period,metric,value\nQ1,leads,1\n2026-03,leads,180\n"));

        Assert.StartsWith("a.csv:3:1: period '2026-03' is outside the horizon", error);
    }

    [Fact]
    public void Parse_BadNumber_NamesTheValuesColumn()
    {
        var error = OnlyError(Read("period,metric,value\nQ1,leads,many\n"));

        Assert.StartsWith("a.csv:2:10: the value of leads: 'many' is not a number", error);
    }

    [Fact]
    public void Parse_RateWithoutPercentAbove1_AsksFor15PercentOr015()
    {
        var error = OnlyError(Read("period,metric,value\nQ1,win_rate,15\n"));

        Assert.Contains("win_rate is a ratio: '15' would be 1,500%; write 15% or 0.15", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    public void Parse_EmptyFile_SaysWhatIsExpected(string csv)
    {
        var error = OnlyError(Read(csv));

        Assert.Equal("a.csv: the actuals file is empty; expected the header period,metric,value and then one row per period and metric (e.g. Q1,leads,200)", error);
    }

    [Fact]
    public void Parse_HeaderOnly_SaysRowsAreMissing()
    {
        var error = OnlyError(Read("period,metric,value\n"));

        Assert.Contains("no actuals after the header", error);
    }

    [Fact]
    public void Parse_MissingHeader_SaysTheFirstLineLooksLikeData()
    {
        var error = OnlyError(Read("Q1,leads,180\nQ2,leads,220\n"));

        Assert.Equal("a.csv:1:1: missing header: the first line must be period,metric,value ('Q1,leads,180' looks like a data row)", error);
    }

    [Fact]
    public void Parse_UnknownHeader_MentionsTheCrmMapping()
    {
        var error = OnlyError(Read("date,what,amount\n2026-04-01,x,1\n"));

        Assert.Contains("expected the header period,metric,value, found 'date,what,amount'; or, for a CRM export, the columns named in the plan's crm: section (日付, ステージ)", error);
    }

    [Fact]
    public void Parse_DuplicateRow_NamesTheFirstLine()
    {
        var error = OnlyError(Read("period,metric,value\nQ1,leads,180\nq1,leads,20\n"));

        Assert.Contains("q1,leads is given twice (also on line 2)", error);
    }

    [Fact]
    public void Parse_TwoMonthsOfARateInOneQuarter_IsAnError()
    {
        var error = OnlyError(Read("period,metric,value\n2026-04,win_rate,15%\n2026-05,win_rate,16%\n"));

        Assert.Contains("win_rate is a quality metric", error);
        Assert.Contains("like 2026-04 on line 2", error);
    }

    [Fact]
    public void Parse_HalfInAQuarterlyPlan_AsksForOneRowPerQuarter()
    {
        var error = OnlyError(Read("period,metric,value\nH1,leads,400\n"));

        Assert.Contains("period 'H1' spans Q1–Q2", error);
    }

    [Fact]
    public void Parse_ManyMistakes_ReportsEveryOneWithItsLine()
    {
        var r = Read("period,metric,value\nQ9,leads,1\nQ1,lead,1\nQ1,deals,x\nQ1,orders\n");

        Assert.Equal([2, 3, 4, 5], r.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Parse_EmptyValue_SkipsThatRow()
    {
        var r = Read("period,metric,value\nQ1,leads,180\nQ2,leads,\n");

        Assert.True(r.Success);
        Assert.Single(r.Actuals.Rows);
    }
}
