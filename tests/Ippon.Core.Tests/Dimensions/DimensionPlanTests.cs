using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Dimensions;
using Ippon.Plans;
using static Ippon.Testing.SeedPlan;

namespace Ippon.Tests.Dimensions;

/// <summary>Plans whose metrics vary over regions and reps: allocation of the KGI, per-member back-calculation, per-member capacity.</summary>
public class DimensionPlanTests
{
    static readonly Dimension s_region = new("region", ["東京", "大阪"]);
    static readonly Dimension s_rep = new("rep", ["田中", "佐藤", "鈴木"], s_region, [0, 0, 1]);

    static Plan Reps(Allocation? allocation = null, IReadOnlyDictionary<string, decimal>? winRates = null,
        IReadOnlyDictionary<string, decimal>? explicitTargets = null, decimal kgi = 90_000_000m, Capacity? capacity = null) => new()
    {
        Title = "reps",
        Dimensions = [s_region, s_rep],
        Metrics =
        [
            M("revenue", "sum(rep_revenue)", MetricRole.Kgi, target: kgi, unit: "JPY", deadline: new DateOnly(2027, 3, 31)),
            M("rep_revenue", "rep_orders * unit_price", MetricRole.Ksf, unit: "JPY") with
            {
                By = ["rep"], Allocation = allocation,
                MemberTargets = (explicitTargets ?? new Dictionary<string, decimal>()).ToImmutableDictionary(),
            },
            M("rep_orders", "rep_deals * win_rate", MetricRole.Kpi, unit: "count") with { By = ["rep"] },
            M("rep_deals", role: MetricRole.Kpi, unit: "count") with { By = ["rep"] },
            M("unit_price", unit: "JPY") with { By = ["region"], MemberValues = new Dictionary<string, decimal> { ["東京"] = 3_000_000m, ["大阪"] = 2_000_000m }.ToImmutableDictionary() },
            M("win_rate", value: 0.2m, unit: "ratio") with { By = ["rep"], MemberValues = (winRates ?? new Dictionary<string, decimal>()).ToImmutableDictionary() },
            M("last_year", unit: "JPY") with { By = ["rep"], MemberValues = new Dictionary<string, decimal> { ["田中"] = 50m, ["佐藤"] = 30m, ["鈴木"] = 20m }.ToImmutableDictionary() },
        ],
        Actions =
        [
            new ActionPlan { Id = "meetings", Owner = "営業部", Drives = "rep_deals", PerUnit = 1, Due = new DateOnly(2027, 3, 31), Capacity = capacity ?? Capacity.Of(1, 1, 240) },
        ],
    };

    static decimal? Target(PlanResult r, string metric, string member) => r.Metric(metric)!.Targets[r.Metric(metric)!.CellOf(member)];

    [Fact]
    public void Calculate_EvenAllocation_SplitsTheKgiEquallyAndBackCalculatesEachRepWithItsRegionsPrice()
    {
        var r = PlanCalculator.Calculate(Reps(Allocation.Even));

        Assert.Equal(30_000_000m, Target(r, "rep_revenue", "田中"));
        Assert.Equal(10m, Target(r, "rep_orders", "田中"));   // 3,000万 ÷ 300万 (東京)
        Assert.Equal(15m, Target(r, "rep_orders", "鈴木"));   // 3,000万 ÷ 200万 (大阪)
        Assert.Equal(75m, Target(r, "rep_deals", "鈴木"));    // 15 ÷ 20%
        Assert.Equal(90_000_000m, r.Metric("rep_revenue")!.Target);
    }

    [Fact]
    public void Calculate_AllocationByLastYear_SharesInProportionToTheOtherMetric()
    {
        var r = PlanCalculator.Calculate(Reps(new Allocation(AllocationMethod.ByMetric, ImmutableDictionary<string, decimal>.Empty, "last_year")));

        Assert.Equal(45_000_000m, Target(r, "rep_revenue", "田中"));
        Assert.Equal(27_000_000m, Target(r, "rep_revenue", "佐藤"));
        Assert.Equal(18_000_000m, Target(r, "rep_revenue", "鈴木"));
    }

    [Fact]
    public void Calculate_MoneySplitThreeWays_IsWholeYenAndAddsUpToTheTotalExactly()
    {
        var r = PlanCalculator.Calculate(Reps(Allocation.Even, kgi: 100_000_000m));

        var parts = r.Metric("rep_revenue")!.Targets.Select(t => t!.Value).ToList();
        Assert.All(parts, p => Assert.Equal(decimal.Truncate(p), p));
        Assert.Equal(100_000_000m, parts.Sum());
        Assert.Equal([33_333_334m, 33_333_333m, 33_333_333m], parts);
    }

    [Fact]
    public void Calculate_PerRepWinRate_BackCalculatesThatRepWithItsOwnRateExactly()
    {
        var r = PlanCalculator.Calculate(Reps(Allocation.Even, winRates: new Dictionary<string, decimal> { ["鈴木"] = 0.15m }, kgi: 120_000_000m));

        Assert.Equal(20m, Target(r, "rep_orders", "鈴木"));   // 4,000万 ÷ 200万
        Assert.Equal(134m, Target(r, "rep_deals", "鈴木"));   // 20 ÷ 15% = 133.3… → 134, never 135
        Assert.Equal(14m, Target(r, "rep_orders", "田中"));   // 4,000万 ÷ 300万 = 13.3… → 14
        Assert.Equal(70m, Target(r, "rep_deals", "田中"));    // the rounded 14 flows down: 14 ÷ 20% = 70
    }

    [Fact]
    public void Calculate_ExplicitMemberTargetsThatDoNotAddUp_ReportsKsfSumMismatch()
    {
        var targets = new Dictionary<string, decimal> { ["田中"] = 40_000_000m, ["佐藤"] = 30_000_000m, ["鈴木"] = 10_000_000m };

        var r = PlanCalculator.Calculate(Reps(explicitTargets: targets));

        var finding = Assert.Single(r.Findings, f => f.Rule == Rule.KsfSumMismatch);
        Assert.Equal("revenue", finding.Subject);
    }

    [Fact]
    public void Calculate_ExplicitMemberTargetsThatAddUp_KeepEachMembersTarget()
    {
        var targets = new Dictionary<string, decimal> { ["田中"] = 40_000_000m, ["佐藤"] = 30_000_000m, ["鈴木"] = 20_000_000m };

        var r = PlanCalculator.Calculate(Reps(explicitTargets: targets));

        Assert.DoesNotContain(r.Findings, f => f.Rule == Rule.KsfSumMismatch);
        Assert.Equal(40_000_000m, Target(r, "rep_revenue", "田中"));
        Assert.Equal(TargetSource.Explicit, r.Metric("rep_revenue")!.Sources[0]);
    }

    [Fact]
    public void Calculate_OneRepOverTheirDailyCapacity_NamesTheRepAndThePaceNeeded()
    {
        // 鈴木: 3,000万 ÷ 200万 = 15 orders ÷ 20% = 75 meetings over 20 days = 3.75 a day, capacity 3.
        var r = PlanCalculator.Calculate(Reps(Allocation.Even, capacity: Capacity.Of(1, 3, 20)));

        var finding = Assert.Single(r.Findings, f => f.Rule == Rule.OverCapacity);
        Assert.Equal("鈴木", finding.Member);
        Assert.Contains("3.75", finding.Message.In(Ippon.Numbers.Language.En), StringComparison.Ordinal);
        Assert.Contains("≈4", finding.Message.In(Ippon.Numbers.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void OverCapacity_ReadInThePage_RoundsThePaceAsThePageShowsNumbers_AndKeepsItExactOtherwise()
    {
        // 鈴木 needs 3.75 meetings a day against 3: the CLI and its JSON keep 3.75 (≒4); the page reads 約3.8件 against 3件.
        var finding = Assert.Single(PlanCalculator.Calculate(Reps(Allocation.Even, capacity: Capacity.Of(1, 3, 20))).Findings, f => f.Rule == Rule.OverCapacity);
        var rounding = Ippon.Numbers.DisplayRounding.Default;

        Assert.Contains("1人1日 3.75 (≒4) になりますが、キャパシティは1人1日 3 です", finding.Message.In(Ippon.Numbers.Language.Ja), StringComparison.Ordinal);
        Assert.Contains("1人1日 約3.8件 になりますが、キャパシティは1人1日 3件 です", finding.Message.In(Ippon.Numbers.Language.Ja, rounding), StringComparison.Ordinal);
        Assert.Contains("about 3.8 per person a day, but the capacity is 3 per person a day", finding.Message.In(Ippon.Numbers.Language.En, rounding), StringComparison.Ordinal);
    }

    [Fact]
    public void MemberPlan_OneRep_IsAPlanWithoutDimensionsThatBackCalculatesToTheSameNumbers()
    {
        var whole = PlanCalculator.Calculate(Reps(Allocation.Even, winRates: new Dictionary<string, decimal> { ["鈴木"] = 0.15m }, kgi: 120_000_000m));

        var (plan, cells) = MemberPlan.Project(whole, s_rep, s_rep.IndexOf("鈴木"));
        var member = PlanCalculator.Calculate(plan);

        Assert.True(plan.Dimensions.IsEmpty);
        Assert.Equal("rep_revenue", member.Kgi!.Id);
        Assert.Equal(40_000_000m, member.Kgi.Target);
        Assert.Equal(20m, member.Metric("rep_orders")!.Target);
        Assert.Equal(134m, member.Metric("rep_deals")!.Target);
        Assert.Equal(2_000_000m, member.Metric("unit_price")!.PlannedValue);   // 鈴木's region, 大阪
        Assert.Equal("鈴木", cells["rep_deals"]);
        Assert.Equal("大阪", cells["unit_price"]);
        Assert.Null(member.Metric("revenue"));
    }
}
