using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Files.Tests.Actuals;

public class CrmExportTests
{
    static Plan SeedPlan => PlanReader.ReadFile(Seed.Path).Plan!;

    const string Header = "商談ID,会社名,日付,ステージ,金額,担当者\n";

    [Fact]
    public void ReadFile_ExampleExport_CountsTheContractExamplesNumbers()
    {
        var r = ActualsReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m-crm.csv"), SeedPlan);

        Assert.True(r.Success, string.Join("\n", r.Errors));
        decimal Total(string metric) => r.Actuals.Rows.Where(a => a.Metric == metric).Sum(a => a.Value);
        Assert.Equal(400m, Total("leads"));
        Assert.Equal(40m, Total("deals"));
        Assert.Equal(6m, Total("orders"));
        Assert.Equal(12_000_000m, Total("new_revenue"));
        Assert.Equal([180m, 220m, null, null], r.Actuals.Series("leads", 4, quality: false));
        var warning = Assert.Single(r.Warnings);
        Assert.Equal(ReviewRules.ActualsOutsideHorizon, warning.Rule);
        Assert.Contains("left out 2 rows dated outside the horizon", warning.Message.ToString());
    }

    [Fact]
    public void Parse_StagesCountTowardEveryMappedMetricAndWonAmountsAddUp()
    {
        var csv = Header
                  + "1,A,2026/04/02,リード,,佐藤\n"
                  + "2,B,2026-05-10 14:30:00,受注,\"2,000,000\",佐藤\n"
                  + "3,C,2026/07/01,失注,\"900,000\",鈴木\n"
                  + "4,D,2026/07/02,受注,\"￥1,200,000\",鈴木\n"
                  + "5,E,2026/07/03,受注,120万円,鈴木\n";

        var r = ActualsReader.Parse(csv, SeedPlan, "crm.csv");

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal([2m, 3m, null, null], r.Actuals.Series("leads", 4, false));
        Assert.Equal([1m, 3m, null, null], r.Actuals.Series("deals", 4, false));
        Assert.Equal([1m, 2m, null, null], r.Actuals.Series("orders", 4, false));
        Assert.Equal([2_000_000m, 2_400_000m, null, null], r.Actuals.Series("new_revenue", 4, false));
    }

    [Fact]
    public void Parse_UnmappedStage_IsAnErrorListingItsRowsAndTheKnownStages()
    {
        var csv = Header
                  + "1,A,2026/04/02,リード,,佐藤\n"
                  + "2,B,2026/04/03,保留,,佐藤\n"
                  + "3,C,2026/04/04,保留,,佐藤\n"
                  + "4,D,2026/04/05,受注済,\"1,000,000\",佐藤\n";

        var r = ActualsReader.Parse(csv, SeedPlan, "crm.csv");

        Assert.False(r.Success);
        Assert.Equal(2, r.Errors.Length);
        Assert.Equal("crm.csv:3:16: stage '保留' (2 rows, first on line 3) is not under the plan's crm: stages: (リード, 商談, 失注, 受注, 重複); map it to the metrics it counts toward under crm: stages:, or list it under crm: ignore:", r.Errors[0].ToString());
        Assert.Contains("stage '受注済' (1 row, first on line 5)", r.Errors[1].ToString());
        Assert.Contains("did you mean '受注'?", r.Errors[1].ToString());
    }

    [Fact]
    public void Parse_UnquotedAmountWithCommas_IsAnErrorAskingForQuotes()
    {
        var r = ActualsReader.Parse(Header + "1,A,2026/04/02,受注,1,200,000,佐藤\n", SeedPlan, "crm.csv");

        var error = Assert.Single(r.Errors);
        Assert.Equal("crm.csv:2:1: expected 6 values as in the header, found 8; a number with commas (1,200,000) must be quoted: \"1,200,000\"", error.ToString());
    }

    [Fact]
    public void Parse_IgnoredStage_IsSkipped()
    {
        var r = ActualsReader.Parse(Header + "1,A,2026/04/02,重複,,佐藤\n2,B,2026/04/02,リード,,佐藤\n", SeedPlan, "crm.csv");

        Assert.True(r.Success);
        Assert.Equal([1m], r.Actuals.Series("leads", 1, false));
    }

    [Fact]
    public void Parse_BadDateAndMissingWonAmount_AreErrorsAtTheirFields()
    {
        var r = ActualsReader.Parse(Header + "1,A,4月2日,リード,,佐藤\n2,B,2026/04/02,受注,,佐藤\n", SeedPlan, "crm.csv");

        Assert.Equal(["crm.csv:2:5", "crm.csv:3:19"], r.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column}"));
        Assert.Contains("'4月2日' is not a date", r.Errors[0].ToString());
        Assert.Contains("a 受注 row has no 金額", r.Errors[1].ToString());
    }

    [Fact]
    public void ReadPlan_CrmSectionWithAnUnknownMetric_IsAPlanErrorWithASuggestion()
    {
        var read = PlanReader.Parse(Seed.With("受注: [leads, deals, orders]", "受注: [leads, deals, order]"), "p.yaml");

        var error = Assert.Single(read.Errors);
        Assert.Contains("crm: no metric 'order'; did you mean 'orders'?", error.ToString());
    }

    [Fact]
    public void WritePlan_CrmSection_ReadsBackTheSameMapping()
    {
        var again = PlanReader.Parse(PlanWriter.Write(SeedPlan));

        Assert.True(again.Success, string.Join("\n", again.Errors));
        var crm = again.Plan.Crm!;
        Assert.Equal("日付", crm.DateColumn);
        Assert.Equal(["leads", "deals", "orders"], crm.Stage("受注")!.Metrics.ToArray());
        Assert.Equal(["重複"], crm.Ignore.ToArray());
        Assert.Equal(("金額", "new_revenue"), (crm.AmountColumn, crm.AmountMetric));
        Assert.Equal(["受注"], crm.AmountStages.ToArray());
    }
}
