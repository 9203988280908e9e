using CsCheck;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Testing;
using Ippon.Web.Features.Authoring;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Scenarios;

namespace Ippon.Web.Tests.Features;

/// <summary>The guide's edit functions: a blank plan, the KSF split with its remainder rule, the KPI patterns, settings, actions and scenarios.</summary>
public sealed class AuthoringFunctionTests
{
    static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void Blank_IsAPlanFileThatReadsBack_InThisFiscalYear()
    {
        var blank = NewPlan.Blank(Language.Ja, Today);
        var read = PlanReader.Parse(PlanWriter.Write(blank));
        Assert.True(read.Success, string.Join("\n", read.Errors.Select(e => e.Message.In(Language.Ja))));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (read.Plan!.Horizon!.Start, read.Plan.Horizon.End));
        Assert.Equal("売上", read.Plan.Kgi!.Name);
    }

    [Theory]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2026-04-01", 2026)]
    [InlineData("2027-01-15", 2026)]
    public void FiscalYearOf_StartsInApril(string day, int year) => Assert.Equal(year, NewPlan.FiscalYearOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void UniqueTitle_TakenTwice_NumbersTheThird() =>
        Assert.Equal("年間売上1億円計画 (3)", NewPlan.UniqueTitle("年間売上1億円計画", ["年間売上1億円計画", "年間売上1億円計画 (2)"]));

    [Fact]
    public void Retitle_KeepsTheTemplatesComments()
    {
        var text = Ippon.Web.Features.Plans.Templates.Text("sales-100m")!;
        var retitled = NewPlan.Retitle(text, "年間売上1億円計画 (2)");
        Assert.Equal("年間売上1億円計画 (2)", PlanReader.Parse(retitled).Plan!.Title);
        Assert.Contains("# アポ獲得率1%", retitled, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6,000万", "", 60_000_000, 40_000_000)]
    [InlineData("60%", "", 60_000_000, 40_000_000)]
    [InlineData("", "4000万円", 60_000_000, 40_000_000)]
    [InlineData("6000万", "40%", 60_000_000, 40_000_000)]
    public void Targets_AmountShareOrRemainder(string first, string second, decimal a, decimal b)
    {
        var targets = SplitTarget.Targets(100_000_000m, [new(null, "既存", first, null), new(null, "新規", second, null)]);
        Assert.True(targets.Ok);
        Assert.Equal([a, b], targets.Value);
    }

    [Fact]
    public void Targets_EmptyRows_AlwaysAddUpToTheWhole()
    {
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 100].Array[0, 4], Gen.Int[1, 3]).Sample((total, shares, empty) =>
        {
            var parts = shares.Select(s => new SplitTarget.Part(null, "x", $"{s * total / 100 / Math.Max(1, shares.Length)}", null))
                .Concat(Enumerable.Repeat(new SplitTarget.Part(null, "rest", "", null), empty)).ToList();
            var targets = SplitTarget.Targets(total, parts);
            return targets.Ok && targets.Value.Sum(t => t!.Value) == total;
        });
    }

    [Fact]
    public void Targets_NoRemainderAndNoMatch_IsRefusedWithTheSums()
    {
        var targets = SplitTarget.Targets(100_000_000m, [new(null, "既存", "6000万", null), new(null, "新規", "3000万", null)]);
        Assert.False(targets.Ok);
        Assert.Contains("一致しません", targets.Failure.Describe(Language.Ja), StringComparison.Ordinal);
    }

    /// <summary>The seed's chain built with the guide's functions: 20 orders, 100 deals, 1,000 leads, 10,000 calls.</summary>
    [Fact]
    public void SeedChain_BuiltByPatterns_GivesTheSeedsTargets()
    {
        var plan = NewPlan.Blank(Language.Ja, Today);
        plan = EditMetric.Apply(plan, NewPlan.KgiId, new EditMetric.Changes { Name = "年間売上", Target = "1億" }).Value!;
        plan = SplitTarget.Apply(plan, NewPlan.KgiId, [new(null, "既存顧客リピート売上", "6,000万", "CS"), new(null, "新規売上", "", "営業部")]).Value!;
        var newRevenue = plan.Metrics.Single(m => m.Name == "新規売上").Id;
        plan = BreakDown.Apply(plan, newRevenue, new(BreakDown.Pattern.CountTimesPrice) { CountName = "新規受注数", FactorName = "平均受注単価", FactorValue = "200万" }).Value!;
        plan = BreakDown.Apply(plan, Id(plan, "新規受注数"), new(BreakDown.Pattern.CountTimesRate) { CountName = "商談数", FactorName = "受注率", FactorValue = "20%" }).Value!;
        plan = BreakDown.Apply(plan, Id(plan, "商談数"), new(BreakDown.Pattern.CountTimesRate) { CountName = "リード数", FactorName = "商談化率", FactorValue = "10%" }).Value!;
        plan = AddAction.Apply(plan, Id(plan, "商談数"), new EditAction.Changes { Name = "架電", PerUnit = "1%", CapacityPeople = "4", CapacityPerPerson = "15", CapacityPeriods = "240" }).Value!;

        var result = PlanCalculator.Calculate(PlanReader.Parse(PlanWriter.Write(plan)).Plan!);
        decimal? Target(string name) => result.Metric(Id(plan, name))!.Target;
        Assert.Equal((40_000_000m, 20m, 100m, 1_000m), (Target("新規売上")!.Value, Target("新規受注数")!.Value, Target("商談数")!.Value, Target("リード数")!.Value));
        Assert.Equal(10_000m, result.Action(plan.Actions[0].Id)!.Volume);
        Assert.Equal("新規受注数 × 平均受注単価", MetricNames.Write(plan, plan.Find(newRevenue)!.Formula!));
        Assert.All(plan.Metrics, m => Assert.Matches("^[a-z][a-z0-9_]*$", m.Id));
    }

    /// <summary>The seed's chain typed as formulas of names (商談数 × 受注率): the names become metrics, the file names them by name, the numbers are the seed's.</summary>
    [Fact]
    public void SeedChain_TypedAsFormulasOfNames_GivesTheSeedsTargetsAndAFileWithoutIds()
    {
        var plan = NewPlan.Blank(Language.Ja, Today);
        plan = EditMetric.Apply(plan, NewPlan.KgiId, new EditMetric.Changes { Name = "年間売上", Target = "1億" }).Value!;
        plan = SplitTarget.Apply(plan, NewPlan.KgiId, [new(null, "既存顧客リピート売上", "6,000万", "CS"), new(null, "新規売上", "", "営業部")]).Value!;
        Plan Formula(Plan p, string metric, string formula) => BreakDown.Apply(p, Id(p, metric), new(BreakDown.Pattern.Formula) { Formula = formula }).Value!;
        Plan Value(Plan p, string metric, string value) => BreakDown.Apply(p, Id(p, metric), new(BreakDown.Pattern.Value) { FactorValue = value }).Value!;
        plan = Formula(plan, "新規売上", "新規受注数 × 平均受注単価");
        plan = Value(plan, "平均受注単価", "200万円");
        plan = Formula(plan, "新規受注数", "商談数 × 受注率");
        plan = Value(plan, "受注率", "20%");
        plan = Formula(plan, "商談数", "リード数 × 商談化率");
        plan = Value(plan, "商談化率", "10%");

        var text = PlanWriter.Write(plan);
        var read = PlanReader.Parse(text).Plan!;
        var result = PlanCalculator.Calculate(read);
        decimal? Target(string name) => result.Metric(Id(plan, name))!.Target;
        Assert.Equal((40_000_000m, 20m, 100m, 1_000m), (Target("新規売上")!.Value, Target("新規受注数")!.Value, Target("商談数")!.Value, Target("リード数")!.Value));
        Assert.Equal(
            ["既存顧客リピート売上 + 新規売上", "新規受注数 × 平均受注単価", "商談数 × 受注率", "リード数 × 商談化率"],
            read.Metrics.Where(m => m.Formula is not null).Select(m => m.Formula!.Text));
        Assert.Equal((Unit.Ratio, Unit.Currency("JPY"), (MetricRole?)null), (read.Find(Id(plan, "受注率"))!.Unit, read.Find(Id(plan, "平均受注単価"))!.Unit, read.Find(Id(plan, "受注率"))!.Role));
        Assert.Equal(MetricRole.Kpi, read.Find(Id(plan, "リード数"))!.Role);
    }

    [Fact]
    public void BreakDown_FormulaOfKnownNames_CreatesNoMetric_AndAMistakeIsRefusedAtItsColumn()
    {
        var plan = SeedPlan.Build();
        var known = BreakDown.Apply(plan, "leads", new(BreakDown.Pattern.Formula) { Formula = "受注率 × 5000" });
        Assert.True(known.Ok, known.Failure?.Describe(Language.Ja));
        Assert.Equal(plan.Metrics.Length, known.Value.Metrics.Length);
        var broken = BreakDown.Apply(plan, "leads", new(BreakDown.Pattern.Formula) { Formula = "訪問数 × × 転換率" });
        Assert.False(broken.Ok);
        Assert.Equal(7, broken.Failure.Errors[0].Column);
    }

    [Fact]
    public void BreakDown_RateAbove100Percent_IsRefusedOnTheValue()
    {
        var plan = SeedPlan.Build();
        var broken = BreakDown.Apply(plan, "leads", new(BreakDown.Pattern.CountTimesRate) { CountName = "訪問数", FactorName = "転換率", FactorValue = "150%" });
        Assert.False(broken.Ok);
        Assert.Equal("factor.value", broken.Failure.Errors[0].Field);
    }

    [Fact]
    public void SplitAgain_WithoutAPart_RemovesIt_UnlessSomethingStillNamesIt()
    {
        var plan = SeedPlan.Build();
        // new_revenue is named by the CRM mapping's amount… and its own formula's parts stay; repeat_revenue is free to go.
        var split = SplitTarget.Apply(plan, "revenue", [new("new_revenue", "新規売上", "", "営業部")]);
        Assert.True(split.Ok, split.Failure?.Describe(Language.Ja));
        Assert.Null(split.Value.Find("repeat_revenue"));
        Assert.Equal(100_000_000m, split.Value.Find("new_revenue")!.Target);
    }

    [Fact]
    public void Settings_FiscalYearAndPhasing_ChangeTheHorizon()
    {
        var edited = EditSettings.Apply(SeedPlan.Build(), new EditSettings.Changes { Title = "2027年度計画", FiscalYear = 2027, Period = "month", Phasing = "" });
        Assert.True(edited.Ok);
        Assert.Equal((new DateOnly(2027, 4, 1), PeriodKind.Month, 12), (edited.Value.Horizon!.Start, edited.Value.Horizon.Period, edited.Value.Horizon.PeriodCount));
        var wrong = EditSettings.Apply(SeedPlan.Build(), new EditSettings.Changes { Phasing = "1, 2, 3" });
        Assert.Equal("phasing", wrong.Failure!.Errors[0].Field);
        Assert.True(EditSettings.Apply(SeedPlan.Build(), new EditSettings.Changes { Phasing = "1, 2, 3, 4" }).Ok);
    }

    [Fact]
    public void Scenario_AddEditRemove_TheStretchMovesTheLeads()
    {
        var plan = EditScenario.Remove(SeedPlan.Build(), "stretch").Value!;
        Assert.Empty(plan.Scenarios);
        var added = EditScenario.Apply(plan, null, "ストレッチ", "OKR", [new("leads", "", "2000")]);
        Assert.True(added.Ok, added.Failure?.Describe(Language.Ja));
        var renamed = EditScenario.Apply(added.Value, "ストレッチ", "挑戦", null, [new("win_rate", "25%", "")]);
        Assert.Equal(("挑戦", 0.25m), (renamed.Value!.Scenarios.Single().Name, renamed.Value.Scenarios[0].Overrides[0].Value!.Value));
        Assert.True(PlanReader.Parse(PlanWriter.Write(renamed.Value)).Success);
        Assert.False(EditScenario.Apply(added.Value, null, "ストレッチ", null, [new("leads", "3000", "")]).Ok);
    }

    [Fact]
    public void RemoveAction_LeavesTheRestOfThePlan()
    {
        var removed = RemoveAction.Apply(SeedPlan.Build(), "webinars");
        Assert.True(removed.Ok);
        Assert.Equal(["calls", "seo_articles"], removed.Value.Actions.Select(a => a.Id));
    }

    static string Id(Plan plan, string name) => plan.Metrics.Single(m => m.Name == name).Id;
}
