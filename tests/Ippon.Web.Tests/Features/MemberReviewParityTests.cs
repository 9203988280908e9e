using Ippon.Files.Plans;
using Ippon.Files.Actuals;
using Ippon.Reporting;
using Ippon.Testing;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Members;

namespace Ippon.Web.Tests.Features;

/// <summary>A rep's review in the members tab is <c>ippon review --member</c>'s: the same numbers from the same rows, whether they came from a CSV or were stored.</summary>
public sealed class MemberReviewParityTests
{
    [Theory]
    [InlineData("田中")]
    [InlineData("佐藤")]
    public void ReviewMember_StoredRowsOfTheTwoRepsCsv_GiveTheCommandsJsonExactly(string rep)
    {
        using var dir = new TempDir();
        var planPath = dir.File("plan.yaml");
        var csvPath = dir.File("actuals.csv");
        File.WriteAllText(planPath, TwoRepsPlan.Yaml);
        File.WriteAllText(csvPath, TwoRepsPlan.ActualsAfterQ1);
        var cli = ConsoleRun.InProcess(Ippon.Cli.Cli.Run, "review", planPath, "--actuals", csvPath, "--member", rep, "--json");
        Assert.True(cli.ExitCode is 0 or 1, cli.Err);

        // The rows as the web stores them: the upload's per-period rows, written out as the API returns them.
        var plan = PlanReader.Parse(TwoRepsPlan.Yaml).Plan!;
        var stored = StoredActuals.PerPeriod(plan, ActualsReader.Parse(TwoRepsPlan.ActualsAfterQ1, plan).Actuals!);
        var dimension = plan.FindDimension("rep")!;
        var page = ReviewMember.Run(plan, stored, dimension, dimension.IndexOf(rep));
        Assert.True(page.Ok);

        Assert.Equal(Normalize(cli.Out), Normalize(ReviewJson.Serialize(page.Value, Ippon.Numbers.Language.Ja, [])));
    }

    [Fact]
    public void ReviewMember_Tanaka_ReplansFromHisOwnFortyPercentNotTheTeams()
    {
        var plan = PlanReader.Parse(TwoRepsPlan.Yaml).Plan!;
        var stored = StoredActuals.PerPeriod(plan, ActualsReader.Parse(TwoRepsPlan.ActualsAfterQ1, plan).Actuals!);
        var dimension = plan.FindDimension("rep")!;
        var tanaka = ReviewMember.Run(plan, stored, dimension, 0).Value!;
        var deals = tanaka.Metrics.Single(m => m.Id == "rep_deals" && m.Member is null);
        var orders = tanaka.Metrics.Single(m => m.Id == "rep_orders" && m.Member is null);
        // 田中: 20 deals and 8 orders in Q1, his own actuals (not 40 deals and 9 orders, the two reps together).
        Assert.Equal((20m, 8m), (deals.ActualToDate, orders.ActualToDate));
    }

    // The command names its actuals file where the page says "actuals": the one field allowed to differ.
    static string Normalize(string json) => System.Text.RegularExpressions.Regex.Replace(json.Trim(), "\"actual_source\":\\s*\"[^\"]*\"", "\"actual_source\":\"\"");
}
