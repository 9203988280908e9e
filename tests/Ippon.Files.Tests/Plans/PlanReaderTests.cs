using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Files.Tests.Plans;

public partial class PlanReaderTests
{
    static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    static Plan Read(string yaml)
    {
        var r = PlanReader.Parse(yaml, "p.yaml");
        Assert.True(r.Success, string.Join("\n", r.Errors.Select(e => e.Format(Language.En))));
        return r.Plan;
    }

    static InputError OneError(string yaml)
    {
        var r = PlanReader.Parse(yaml, "p.yaml");
        Assert.False(r.Success);
        return Assert.Single(r.Errors);
    }

    [Fact]
    public void ReadFile_SeedExample_IsTheSeedPlan()
    {
        var read = PlanReader.ReadFile(Example("sales-100m.yaml"));
        Assert.True(read.Success);
        var file = read.Plan;
        var code = SeedPlan.Build();

        Assert.Equal(code.Title, file.Title);
        Assert.Equal(code.Horizon, file.Horizon);
        Assert.Equal(
            code.Metrics.Select(m => (m.Id, m.Name, m.Role, m.Formula?.Text, m.Value, m.Target, m.Unit, m.Owner, m.Deadline, m.Direction)),
            file.Metrics.Select(m => (m.Id, m.Name, m.Role, m.Formula?.Text, m.Value, m.Target, m.Unit, m.Owner, m.Deadline, m.Direction)));
        Assert.Equal(
            code.Actions.Select(a => (a.Id, a.Name, a.Owner, a.Drives, a.PerUnit, a.Share, a.Volume, a.Unit, a.Due, a.Capacity?.Value)),
            file.Actions.Select(a => (a.Id, a.Name, a.Owner, a.Drives, a.PerUnit, a.Share, a.Volume, a.Unit, a.Due, a.Capacity?.Value)));
        Assert.Equal("stretch", Assert.Single(file.Scenarios).Name);
    }

    [Fact]
    public void ReadFile_SeedExample_CalculatesTheArticlesNumbers()
    {
        var r = PlanCalculator.Calculate(PlanReader.ReadFile(Example("sales-100m.yaml")).Plan!);

        Assert.Equal([100_000_000m, 60_000_000m, 40_000_000m, 20m, 100m, 1_000m],
            new[] { "revenue", "repeat_revenue", "new_revenue", "orders", "deals", "leads" }.Select(id => r.Metric(id)!.Target!.Value));
        Assert.Equal(10_000m, r.Action("calls")!.Volume);
        Assert.Empty(r.Findings);
    }

    [Theory]
    [InlineData("1億2000万円", "120000000")]
    [InlineData("\"4,000万円\"", "40000000")]
    [InlineData("20%", "0.2")]
    [InlineData("0.2", "0.2")]
    [InlineData("1_000", "1000")]
    [InlineData("１億", "100000000")]
    [InlineData("3千万", "30000000")]
    public void Parse_NumberNotation_IsReadExactly(string written, string expected)
    {
        var plan = Read($"plan: x\nmetrics:\n  a: {{ role: kgi, target: {written} }}\n");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), plan.Find("a")!.Target);
    }

    [Fact]
    public void Parse_YenAmountWithoutUnit_IsMoneyInThePlansCurrency()
    {
        var plan = Read("plan: x\nmetrics:\n  price: { value: 200万円 }\n  n: { value: 3 }\n");

        Assert.Equal(Unit.Currency("JPY"), plan.Find("price")!.Unit);
        Assert.Equal(Unit.Number, plan.Find("n")!.Unit);
    }

    [Fact]
    public void Parse_Metric_RemembersWhereItWasWritten()
    {
        var plan = Read("plan: x\nmetrics:\n  revenue: { role: kgi, target: 1 }\n  leads:\n    role: kpi\n");

        Assert.Equal(new SourceLocation(4, 3), plan.Find("leads")!.Location);
    }

    [Fact]
    public void Parse_CapacityAsPlainNumberOrParts_GivesTheSameTotal()
    {
        var plan = Read("""
            plan: x
            metrics:
              a: { role: kgi, target: 100, unit: count }
            actions:
              c1: { drives: a, per_unit: 1, capacity: 14400 }
              c2: { drives: a, per_unit: 1, capacity: { people: 4, per_person_per_day: 15, working_days: 240 } }
            """);

        Assert.Equal(14_400m, plan.FindAction("c1")!.Capacity!.Value);
        Assert.Equal(14_400m, plan.FindAction("c2")!.Capacity!.Value);
    }

    [Fact]
    public void Parse_ScenarioNumber_IsATargetForAComputedMetricAndAValueForAnInput()
    {
        var plan = Read("""
            plan: x
            metrics:
              revenue: { role: kgi, formula: leads * 2, target: 100 }
              leads: { role: kpi }
            scenarios:
              stretch: { leads: 2000, revenue: 300, description: 挑戦 }
            """);

        var s = Assert.Single(plan.Scenarios);
        Assert.Equal("挑戦", s.Description);
        Assert.Equal([new ScenarioOverride("leads", 2000m, null), new ScenarioOverride("revenue", null, 300m)], s.Overrides.ToArray());
    }

    [Fact]
    public void Parse_UnicodeNamesAndHostileText_AreKeptVerbatim()
    {
        var plan = Read("""
            plan: "<script>alert('x')</script>"
            metrics:
              a: { name: "'; DROP TABLE plans;--", role: kgi, target: 1, owner: "営業部 [red]x[/]" }
            """);

        Assert.Equal("<script>alert('x')</script>", plan.Title);
        Assert.Equal("'; DROP TABLE plans;--", plan.Find("a")!.Name);
        Assert.Equal("営業部 [red]x[/]", plan.Find("a")!.Owner);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        var decoded = TextFile.Decode([0xEF, 0xBB, 0xBF, .. "plan: x\nmetrics:\n  a: { role: kgi }\n"u8], "p.yaml", "plan");

        Assert.Empty(decoded.Errors);
        Assert.Equal("x", Read(decoded.Value!).Title);
    }
}
