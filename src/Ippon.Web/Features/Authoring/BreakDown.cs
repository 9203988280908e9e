using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Authoring;

/// <summary>
/// Breaks a metric down by a formula pattern a manager recognises: 件数 × 単価 (新規売上 = 受注数 × 平均単価),
/// 件数 × 率 (受注数 = 商談数 × 受注率), 合計 (a + b + …), or a formula written freely. The new metrics get generated
/// ids; people give names and numbers only.
/// </summary>
public static class BreakDown
{
    public enum Pattern
    {
        /// <summary>metric = count × unit price: a KPI (a count) and an assumed price in the metric's unit.</summary>
        CountTimesPrice,

        /// <summary>metric = count × rate: a KPI (a count) and an assumed rate (a percentage).</summary>
        CountTimesRate,

        /// <summary>metric = a + b + …: parts in the metric's unit.</summary>
        Sum,

        /// <summary>metric = a formula written freely.</summary>
        Formula,
    }

    /// <summary>
    /// What to create: for the products, the count's name and owner and the factor's name and value (200万円, 20%);
    /// for a sum, <see cref="Parts"/>; for a free formula, <see cref="Formula"/>.
    /// </summary>
    public sealed record Request(Pattern Pattern)
    {
        public string? CountName { get; init; }
        public string? CountOwner { get; init; }
        public string? FactorName { get; init; }
        public string? FactorValue { get; init; }
        public IReadOnlyList<SplitTarget.Part>? Parts { get; init; }
        public string? Formula { get; init; }
    }

    public static Outcome<Plan> Apply(Plan plan, string metricId, Request request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var metric = plan.Find(metricId);
        if (metric is null) return Failure.NotFound($"metric {metricId}");
        switch (request.Pattern)
        {
            case Pattern.Sum:
                return SplitTarget.Apply(plan, metricId, request.Parts ?? [], "kpi");
            case Pattern.Formula:
                // A computed metric has no planned value of its own.
                return EditMetric.Apply(plan, metricId, new EditMetric.Changes { Value = "", Formula = request.Formula ?? "" });
        }
        var errors = new List<FieldError>();
        var countName = Required(request.CountName, "count.name", errors);
        var factorName = Required(request.FactorName, "factor.name", errors);
        var owner = EditMetric.Text(request.CountOwner ?? "", "count.owner", errors) ?? metric.Owner;
        decimal? factor = null;
        if (Required(request.FactorValue, "factor.value", errors) is { } text && EditMetric.Number(text, "factor.value", errors, out var v)) factor = v;
        if (request.Pattern == Pattern.CountTimesRate && factor is > 1 or <= 0)
            errors.Add(new FieldError("factor.value", new Message("率は 0% より大きく 100% 以下です (例: 20%)", "a rate is above 0% and at most 100% (e.g. 20%)")));
        if (request.Pattern == Pattern.CountTimesPrice && factor is <= 0)
            errors.Add(new FieldError("factor.value", new Message("単価は 0 より大きい数です (例: 200万円)", "a unit price is above 0 (e.g. 2,000,000)")));
        if (errors.Count > 0) return Failure.Invalid([.. errors]);

        var countId = AddMetric.NextId(plan, "kpi");
        var count = new Metric { Id = countId, Name = countName, Role = MetricRole.Kpi, Unit = Unit.Count, Owner = owner };
        var withCount = plan with { Metrics = plan.Metrics.Add(count) };
        var factorId = AddMetric.NextId(withCount, request.Pattern == Pattern.CountTimesPrice ? "price" : "rate");
        var factorMetric = new Metric
        {
            Id = factorId,
            Name = factorName,
            Value = factor,
            Unit = request.Pattern == Pattern.CountTimesPrice ? metric.Unit : Unit.Parse("ratio"),
        };
        var formula = Ippon.Plans.Formula.Parse($"{countId} * {factorId}").Value;
        var broken = metric with { Formula = formula, Value = null };
        var metrics = withCount.Metrics.Add(factorMetric);
        return PlanText.Check(plan with { Metrics = [.. metrics.Select(m => m.Id == metricId ? broken : m)] });
    }

    static string? Required(string? text, string field, List<FieldError> errors)
    {
        var t = EditMetric.Text(text ?? "", field, errors);
        if (t is null && !errors.Any(e => e.Field == field))
            errors.Add(new FieldError(field, new Message("入力してください", "required")));
        return t;
    }

    /// <summary>The metrics still to break down or to plan as inputs: KGI, KSFs and KPIs without a formula or a value, in plan order.</summary>
    public static IEnumerable<Metric> Leaves(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Metrics.Where(m => m.Role is not null && m.Formula is null && m.Value is null);
    }
}
