using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Checks;

/// <summary>Shared capacity: the hours of a team over all its actions (teams:, team:, hours_per_unit).</summary>
public class TeamCapacityTests
{
    // 営業部: 4 people × 1.5 h × 240 days = 1,440 h. Calls 10,000 × 0.1 h = 1,000 h; visits (orders 20 at 20% each) 100 × 2 h = 200 h.
    static Plan SalesTeam(decimal hoursPerDay = 1.5m) => Build() with
    {
        Teams = [new Team { Id = "営業部", People = 4, HoursPerDay = hoursPerDay, WorkingDays = 240 }],
        Actions =
        [
            .. Build().Actions.Select(a => a.Id == "calls" ? a with { Team = "営業部", HoursPerUnit = 0.1m } : a),
            new ActionPlan
            {
                Id = "visits", Name = "提案訪問", Owner = "営業部", Drives = "orders", PerUnit = 0.2m, Due = FiscalYearEnd,
                Team = "営業部", HoursPerUnit = 2, Capacity = Capacity.Of(4, 1, 240),
            },
        ],
    };

    [Fact]
    public void TeamLoad_IsTheSumOfVolumeTimesHoursOverTheTeamsActions()
    {
        var r = SalesTeam().Calculate();

        var team = r.Team("営業部")!;
        Assert.Equal(1440m, team.Available);
        Assert.Equal(1200m, team.Hours);
        Assert.Equal([("calls", 1000m), ("visits", 200m)], team.Parts.Select(p => (p.Action.Id, p.Hours!.Value)));
        Assert.Equal(1200m / 1440m, team.Load);
        Assert.Empty(r.Of(Rule.OverCapacity));
    }

    [Fact]
    public void OverCapacity_TwoActionsEachWithinTheirOwnLimitButTogetherOverTheTeamsHours_FiresOnTheTeam()
    {
        // At a 15% win rate: 134 deals → 13,400 calls (own capacity 14,400) and 100 visits (own capacity 960);
        // together 1,340 h + 200 h = 1,540 h > 1,440 h.
        var r = SalesTeam().Calculate(("win_rate", 0.15m));

        Assert.Equal(13_400m, r.Action("calls")!.Volume);
        Assert.True(r.Action("calls")!.Volume < r.Action("calls")!.Capacity);
        Assert.True(r.Action("visits")!.Volume < r.Action("visits")!.Capacity);
        var f = r.One(Rule.OverCapacity);
        Assert.Equal("営業部", f.Subject);
        var ja = f.Message.In(Language.Ja);
        var en = f.Message.In(Language.En);
        Assert.Contains("合計 1,540時間 必要ですが、使える時間は 1,440時間", ja);
        Assert.Contains("架電 1,340時間 (87.01%)、提案訪問 200時間 (12.99%)", ja);
        Assert.Contains("0.2778人 (≒1人) 増やすか", ja);
        Assert.Contains("need 1,540 h together but the team has 1,440 h", en);
        Assert.Contains("架電 1,340 h (87.01%), 提案訪問 200 h (12.99%)", en);
    }

    [Fact]
    public void OverCapacity_WithNamedMembers_SaysTheHoursPerPersonPerDay()
    {
        var plan = SalesTeam() with
        {
            Teams = [new Team { Id = "営業部", Members = ["田中", "佐藤", "鈴木", "高橋"], HoursPerDay = 1.5m, WorkingDays = 240 }],
        };

        var f = plan.Calculate(("win_rate", 0.15m)).One(Rule.OverCapacity);

        // 1,540 h ÷ 4 people ÷ 240 days = 1.6042 h a day each, against 1.5 h.
        Assert.Contains("1人1日 1.6042時間 (使える時間 1.5時間)", f.Message.In(Language.Ja));
        Assert.Contains("1.6042 h per person a day (1.5 h available)", f.Message.In(Language.En));
    }

    [Fact]
    public void CapacityUnknown_ActionOnATeamWithoutHoursPerUnit_Fires_AndATeamActionWithHoursNeedsNoOwnCapacity()
    {
        var plan = SalesTeam() with { Actions = [.. SalesTeam().Actions.Select(a => a.Id == "visits" ? a with { HoursPerUnit = null, Capacity = null } : a with { Capacity = null })] };

        var r = plan.Calculate();

        Assert.Equal(["visits"], r.Of(Rule.CapacityUnknown).Select(f => f.Subject).Where(s => s is "visits" or "calls"));
    }

    [Fact]
    public void Calculate_PlanWithoutTeams_HasNoTeamLoads()
    {
        Assert.Empty(Build().Calculate().Teams);
    }
}
