using Ippon.Plans;

namespace Ippon.Tests;

/// <summary>The method's worked example (shared/docs/method.md), built in code so engine tests need no plan file.</summary>
public static class SeedPlan
{
    public static Metric M(string id, string? formula = null, MetricRole? role = null, decimal? value = null,
        decimal? target = null, string unit = "number", string? owner = "営業部", Direction direction = Direction.Up,
        DateOnly? deadline = null, string? name = null) => new()
    {
        Id = id,
        Name = name ?? id,
        Formula = formula is null ? null : Formula.Parse(formula).Formula ?? throw new ArgumentException(formula),
        Role = role,
        Value = value,
        Target = target,
        Unit = Unit.Parse(unit),
        Owner = role is null ? null : owner,
        Direction = direction,
        Deadline = deadline,
    };

    public static Plan Build() => new()
    {
        Title = "年間売上1億円計画",
        Horizon = new Horizon(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), PeriodKind.Quarter),
        Metrics =
        [
            M("revenue", "repeat_revenue + new_revenue", MetricRole.Kgi, target: 100_000_000m, unit: "JPY", owner: "経営企画", deadline: new DateOnly(2027, 3, 31), name: "年間売上"),
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
                Id = "calls", Name = "架電", Owner = "営業部", Drives = "deals", PerUnit = 0.01m,
                Due = new DateOnly(2027, 3, 31), Capacity = Capacity.Of(4, 15, 240),
            },
        ],
    };
}
