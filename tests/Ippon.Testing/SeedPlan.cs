using Ippon.Plans;

namespace Ippon.Testing;

/// <summary>The method's worked example (shared/docs/method.md), built in code so engine tests need no plan file.</summary>
/// <remarks>It is examples/sales-100m.yaml metric for metric and action for action; a test in Ippon.Files.Tests keeps the two equal.</remarks>
public static class SeedPlan
{
    public static readonly DateOnly FiscalYearEnd = new(2027, 3, 31);

    public static Metric M(string id, string? formula = null, MetricRole? role = null, decimal? value = null,
        decimal? target = null, string unit = "number", string? owner = "営業部", Direction direction = Direction.Up,
        DateOnly? deadline = null, string? name = null, MetricKind? kind = null) => new()
    {
        Id = id,
        Name = name ?? id,
        Formula = formula is null ? null : Formula.Parse(formula).Value ?? throw new ArgumentException(formula),
        Role = role,
        Value = value,
        Target = target,
        Unit = Unit.Parse(unit),
        Kind = kind,
        Owner = role is null ? null : owner,
        Direction = direction,
        Deadline = deadline,
    };

    public static Plan Build() => new()
    {
        Title = "年間売上1億円計画",
        Vision = "売上10億円・ユーザー10万人",
        Author = "経営企画部",
        Horizon = new Horizon(new DateOnly(2026, 4, 1), FiscalYearEnd, PeriodKind.Quarter),
        Metrics =
        [
            M("revenue", "repeat_revenue + new_revenue", MetricRole.Kgi, target: 100_000_000m, unit: "JPY", owner: "経営企画", deadline: FiscalYearEnd, name: "年間売上"),
            M("repeat_revenue", role: MetricRole.Ksf, target: 60_000_000m, unit: "JPY", owner: "CS", name: "既存顧客リピート売上"),
            M("new_revenue", "orders * unit_price", MetricRole.Ksf, target: 40_000_000m, unit: "JPY", name: "新規売上"),
            M("orders", "deals * win_rate", MetricRole.Kpi, unit: "count", name: "新規受注数"),
            M("deals", "leads * deal_rate", MetricRole.Kpi, unit: "count", name: "商談数"),
            M("leads", role: MetricRole.Kpi, unit: "count", owner: "マーケティング部", name: "リード数"),
            M("unit_price", value: 2_000_000m, unit: "JPY", name: "平均受注単価"),
            M("win_rate", value: 0.2m, unit: "ratio", name: "受注率"),
            M("deal_rate", value: 0.1m, unit: "ratio", name: "商談化率"),
        ],
        Actions =
        [
            new ActionPlan
            {
                Id = "calls", Name = "架電", Owner = "営業部", Drives = "deals", PerUnit = 0.01m, Unit = Unit.Count,
                Due = FiscalYearEnd, Capacity = Capacity.Of(4, 15, 240),
            },
            new ActionPlan
            {
                Id = "webinars", Name = "ウェビナー開催", Owner = "マーケティング部", Drives = "leads", PerUnit = 100m, Share = 0.6m,
                Unit = Unit.Word("回"), Due = FiscalYearEnd, Capacity = Capacity.Of(12),
            },
            new ActionPlan
            {
                Id = "seo_articles", Name = "SEO記事", Owner = "マーケティング部", Drives = "leads", PerUnit = 34m, Share = 0.4m,
                Unit = Unit.Word("本"), Due = FiscalYearEnd, Capacity = Capacity.Of(1, 0.1m, 240),
            },
        ],
        Scenarios = [new Scenario("stretch", [new ScenarioOverride("leads", 2000m, null)])],
    };
}
