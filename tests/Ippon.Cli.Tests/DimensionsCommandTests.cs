using System.Text.Json;

namespace Ippon.Cli.Tests;

/// <summary>Plans over regions and reps, and per-person capacity, through the real executable.</summary>
public class DimensionsCommandTests
{
    static string Example(string name) => Path.Combine(IpponProcess.Examples, name);

    [Fact]
    public void Plan_PublishedTeamExample_Needs2625QuotesAWeekAnd44625VisitsADayPerRep()
    {
        var run = IpponCli.Run("plan", Example("cases/field-sales-capacity.yaml"), "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var actions = json.RootElement.GetProperty("actions").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(84m, actions["quote_writing"].GetProperty("volume").GetDecimal());
        Assert.Equal(2.625m, actions["quote_writing"].GetProperty("per_person_needed").GetDecimal());
        Assert.Equal("week", actions["quote_writing"].GetProperty("per").GetString());
        Assert.Equal(714m, actions["field_visits"].GetProperty("volume").GetDecimal());
        Assert.Equal(4.4625m, actions["field_visits"].GetProperty("per_person_needed").GetDecimal());
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("over-capacity", finding.GetProperty("rule").GetString());
        Assert.Contains("4.4625 (≒5)", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MemberOption_ShowsThatRepsOwnBackCalculation()
    {
        var run = IpponCli.Run("plan", Example("regional-sales.yaml"), "--member", "田中");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1億800万円 ÷ 300万円 = 36件", run.Out);
        Assert.Contains("36件 ÷ 30% = 120件", run.Out);
        Assert.Contains("600件", run.Out);
    }

    [Fact]
    public void Plan_ByRegion_SumsTheRepsOfEachRegion()
    {
        var run = IpponCli.Run("plan", Example("regional-sales.yaml"), "--by", "region", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("252,000,000 JPY", run.Out);   // 東京: 9,000万 + 7,000万 + 5,000万 of 4億 → 52.5% of 4.8億
        Assert.Contains("名古屋", run.Out);
    }

    [Fact]
    public void Plan_UnknownMember_Exits2AndListsTheDimensions()
    {
        var run = IpponCli.Run("plan", Example("regional-sales.yaml"), "--member", "nobody");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("region, rep", run.Err);
    }
}
