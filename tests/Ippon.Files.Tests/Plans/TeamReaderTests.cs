using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Plans;

/// <summary>teams: and the action keys team, hours_per_unit, cost_per_unit, min and max.</summary>
public class TeamReaderTests
{
    static string Example => Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m-teams.yaml");

    const string Head = "plan: x\nmetrics:\n  leads: { role: kgi, target: 1000, unit: count }\n";

    [Fact]
    public void ReadFile_TeamsExample_ReadsTeamsAndTheActionsHoursCostsAndBounds()
    {
        var plan = PlanReader.ReadFile(Example).Plan!;

        Assert.Equal([("営業部", 1440m), ("マーケティング部", 600m)], plan.Teams.Select(t => (t.Id, t.Hours!.Value)));
        var webinars = plan.FindAction("webinars")!;
        Assert.Equal(("マーケティング部", 40m, 300_000m, (decimal?)null, 12m), (webinars.Team, webinars.HoursPerUnit!.Value, webinars.CostPerUnit!.Value, webinars.Min, webinars.Max!.Value));
        Assert.Equal(50m, plan.FindAction("calls")!.CostPerUnit);
    }

    [Fact]
    public void Calculate_TeamsExample_HasNoErrorsAndTheLoadPerTeam()
    {
        var r = PlanCalculator.Calculate(PlanReader.ReadFile(Example).Plan!);

        Assert.False(r.HasErrors, string.Join("\n", r.Findings.Select(f => f.Message.In(Language.En))));
        Assert.Equal(1200m, r.Team("営業部")!.Hours);
        Assert.Equal(6 * 40m + 12 * 8m, r.Team("マーケティング部")!.Hours);
    }

    [Fact]
    public void Parse_ActionNamesAnUndeclaredTeam_ReportsLineColumnAndSuggestion()
    {
        var r = PlanReader.Parse(Head + "teams:\n  営業部: { people: 4, hours_per_day: 8, working_days: 240 }\nactions:\n  calls: { drives: leads, per_unit: 1, team: 営業, hours_per_unit: 0.1 }\n", "p.yaml");

        var e = Assert.Single(r.Errors);
        Assert.Equal((7, 46), (e.Line, e.Column));
        Assert.Contains("did you mean '営業部'?", e.Message.In(Language.En));
        Assert.Contains("'営業' というチームはありません", e.Message.In(Language.Ja));
    }

    [Fact]
    public void Parse_TeamWithoutEnoughToKnowItsHours_SaysWhatIsNeeded()
    {
        var r = PlanReader.Parse(Head + "teams:\n  営業部: { people: 4 }\n", "p.yaml");

        var e = Assert.Single(r.Errors);
        Assert.Contains("team 営業部 needs people (or members), hours_per_day and working_days (or total_hours)", e.Message.In(Language.En));
    }

    [Theory]
    [InlineData("hours_per_unit: -1", "hours_per_unit of calls is negative")]
    [InlineData("min: 5, max: 3", "max of action calls (3) is below its min (5)")]
    [InlineData("cost_per_unit: abc", "p.yaml:5:55: expected a number")]
    public void Parse_BadActionNumbers_AreErrorsNamingTheKey(string keys, string expected)
    {
        var r = PlanReader.Parse(Head + "actions:\n  calls: { drives: leads, per_unit: 1, " + keys + " }\n", "p.yaml");

        Assert.Contains(r.Errors, e => e.Format(Language.En).Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_TeamsExample_KeepsTeamsMembersHoursCostsAndBounds()
    {
        var plan = PlanReader.ReadFile(Example).Plan! with { };
        plan = plan with { Teams = [plan.Teams[0] with { People = null, Members = ["田中", "佐藤"] }, plan.Teams[1]] };

        var back = PlanReader.Parse(PlanWriter.Write(plan), "p.yaml").Plan!;

        Assert.Equal(plan.Teams, back.Teams, (a, b) => a.Id == b.Id && a.Hours == b.Hours && a.Members.SequenceEqual(b.Members));
        Assert.Equal(plan.Actions.Select(a => (a.Team, a.HoursPerUnit, a.CostPerUnit, a.Min, a.Max)),
            back.Actions.Select(a => (a.Team, a.HoursPerUnit, a.CostPerUnit, a.Min, a.Max)));
        Assert.Contains("cost_per_unit: 30万円", PlanWriter.Write(plan), StringComparison.Ordinal);
    }
}
