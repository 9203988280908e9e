using Ippon.Calculation;
using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Members;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// The members table's "off track" and attainment are each rep's actuals to date against their plan to date, judged
/// by their own review (<c>ippon review --member</c>), not their plan against their target.
/// </summary>
public sealed class MemberProgressTests
{
    /// <summary>
    /// 60 orders shared by three reps at a 20% win rate: 20 orders (100 deals) each, 5 orders a quarter. Q1: 田中 won 6
    /// (120% of 5), 佐藤 5 (100%), 鈴木 3 (60%): only 鈴木 is behind. Every rep's plan meets their target.
    /// </summary>
    const string Yaml = """
        plan: 3人の営業計画
        horizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }
        dimensions:
          rep: [田中, 佐藤, 鈴木]
        metrics:
          orders:     { role: kgi, formula: sum(rep_orders), target: 60, unit: count, deadline: 2027-03-31, owner: 営業部 }
          rep_orders: { role: kpi, by: rep, formula: rep_deals * win_rate, unit: count, owner: 営業部 }
          rep_deals:  { role: kpi, by: rep, unit: count, owner: 営業部 }
          win_rate:   { by: rep, value: 20%, unit: ratio }
        """;

    const string Q1 = """
        period,metric,member,value
        Q1,rep_deals,田中,25
        Q1,rep_orders,田中,6
        Q1,rep_deals,佐藤,25
        Q1,rep_orders,佐藤,5
        Q1,rep_deals,鈴木,20
        Q1,rep_orders,鈴木,3

        """;

    static (Ippon.Plans.Plan Plan, List<ActualRow> Rows) Stored(string csv)
    {
        var plan = PlanReader.Parse(Yaml).Plan!;
        return (plan, StoredActuals.PerPeriod(plan, ActualsReader.Parse(csv, plan).Actuals!));
    }

    [Fact]
    public void Progress_ThreeRepsAfterQ1_OnlySuzukiWithThreeOrdersOfFiveIsBehind()
    {
        var (plan, rows) = Stored(Q1);
        var rep = plan.FindDimension("rep")!;

        var progress = ReviewMember.Progress(plan, rows, rep);

        Assert.Equal(new MemberProgress(false, 1.2m), progress["田中"]);
        Assert.Equal(new MemberProgress(false, 1m), progress["佐藤"]);
        Assert.Equal(new MemberProgress(true, 0.6m), progress["鈴木"]);
    }

    [Fact]
    public void MembersTable_ThreeRepsAfterQ1_OffTrackIsSuzukiAlone_ThoughNoRepsPlanMissesItsTarget()
    {
        var (plan, rows) = Stored(Q1);
        var result = PlanCalculator.Calculate(plan);
        var rep = plan.FindDimension("rep")!;
        // The plan alone: every rep's plan meets its target, so no one is off track and no attainment is shown.
        var planOnly = MemberRows.Build(result, rep);
        Assert.DoesNotContain(planOnly.Rows, r => r.OffTrack);
        Assert.All(planOnly.Rows, r => Assert.Null(r.Attainment));

        var table = MemberRows.Build(result, rep, ReviewMember.Progress(plan, rows, rep));

        Assert.Equal(["鈴木"], table.Rows.Where(r => r.OffTrack).Select(r => r.Name));
        Assert.Equal([1.2m, 1m, 0.6m], table.Rows.Select(r => r.Attainment));
        // 鈴木 first when sorted by who needs attention: 40% short.
        Assert.Equal(0.4m, table.Rows.Single(r => r.Name == "鈴木").Severity);
    }

    [Fact]
    public void Progress_ARepWithoutActualsOfTheirOwn_IsNotJudged()
    {
        var (plan, rows) = Stored("""
            period,metric,member,value
            Q1,rep_deals,鈴木,20
            Q1,rep_orders,鈴木,3

            """);
        var progress = ReviewMember.Progress(plan, rows, plan.FindDimension("rep")!);
        Assert.Equal(["鈴木"], progress.Keys);
    }

    [Theory]
    [InlineData("田中", 1, 6)]
    [InlineData("佐藤", 0, 5)]
    [InlineData("鈴木", -2, 3)]
    public void Progress_IsEachRepsReview_TheGapToDateThatTheCommandPrints(string name, int gap, int actual)
    {
        using var dir = new TempDir();
        var cli = ConsoleRun.InProcess(Ippon.Cli.Cli.Run, "review", dir.File("plan.yaml", Yaml), "--actuals", dir.File("actuals.csv", Q1), "--member", name, "--json");
        Assert.True(cli.ExitCode is 0 or 1, cli.Err);
        var kgi = System.Text.Json.JsonDocument.Parse(cli.Out).RootElement.GetProperty("kgi");
        // 5 orders planned to date for each rep; the gap is the rep's orders in Q1 minus 5.
        Assert.Equal((5m, actual, gap), (kgi.GetProperty("planned_to_date").GetDecimal(), kgi.GetProperty("actual_to_date").GetInt32(), kgi.GetProperty("gap_to_date").GetInt32()));

        var (plan, rows) = Stored(Q1);
        var rep = plan.FindDimension("rep")!;
        var review = ReviewMember.Run(plan, rows, rep, rep.IndexOf(name)).Value!;
        Assert.Equal(gap < 0, review.BehindToDate);
        Assert.Equal(new MemberProgress(review.BehindToDate, review.AttainmentToDate), ReviewMember.Progress(plan, rows, rep)[name]);
    }
}
