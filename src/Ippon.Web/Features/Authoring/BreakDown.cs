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

        /// <summary>metric = a formula written freely; names it uses that are no metric yet become new KPIs under it.</summary>
        Formula,

        /// <summary>The metric is an assumption with a value (受注率 20%, 平均受注単価 200万円), not broken down further.</summary>
        Value,
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
                return EditMetric.Apply(WithNewNames(plan, metric, request.Formula ?? ""), metricId, new EditMetric.Changes { Value = "", Formula = request.Formula ?? "" });
            case Pattern.Value:
                return Assume(plan, metric, request.FactorValue);
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
        var metrics = withCount.Metrics.Add(factorMetric);
        // The formula names the new metrics as people do (商談数 * 受注率), so the plan file reads without ids.
        var words = MetricNames.Words(metrics);
        var written = Ippon.Plans.Formula.Parse($"{MetricNames.WordFor(words, countId, countName)} * {MetricNames.WordFor(words, factorId, factorName)}");
        var broken = metric with { Formula = MetricNames.Resolve(written.Value!, words), Value = null };
        return PlanText.Check(plan with { Metrics = [.. metrics.Select(m => m.Id == metricId ? broken : m)] });
    }

    /// <summary>
    /// <paramref name="plan"/> with a KPI for each name <paramref name="formula"/> uses that no metric has yet (typing
    /// <c>商談数 × 受注率</c> under 新規受注数 creates 商談数 and 受注率), owned by <paramref name="parent"/>'s owner, each
    /// a card to break down or give a value in turn. A formula that does not parse is left to the edit to report.
    /// </summary>
    static Plan WithNewNames(Plan plan, Metric parent, string formula)
    {
        var parsed = Ippon.Plans.Formula.Parse(formula.Trim()).Value;
        if (parsed is null) return plan;
        var words = MetricNames.Words(plan.Metrics);
        var unknown = parsed.Expr.References().Select(r => r.Id).Where(w => !words.ContainsKey(w)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in unknown)
        {
            if (MetricNames.Problem(name) is not null) return plan;
            var id = AddMetric.NextId(plan, "kpi");
            plan = plan with { Metrics = plan.Metrics.Add(new Metric { Id = id, Name = name, Role = MetricRole.Kpi, Unit = Unit.Count, Owner = parent.Owner }) };
        }
        return plan;
    }

    /// <summary>
    /// The metric as an assumption (no role, no formula) with the value typed: <c>20%</c> makes it a ratio,
    /// <c>200万円</c> an amount in yen; otherwise it keeps its unit.
    /// </summary>
    static Outcome<Plan> Assume(Plan plan, Metric metric, string? text)
    {
        var errors = new List<FieldError>();
        if (Required(text, "value", errors) is not { } typed || !EditMetric.Number(typed, "value", errors, out var value)) return Failure.Invalid([.. errors]);
        var unit = typed.Contains('%', StringComparison.Ordinal) || typed.Contains('％', StringComparison.Ordinal) ? Unit.Ratio
            : typed.Contains('円', StringComparison.Ordinal) ? Unit.Currency("JPY")
            : metric.Unit;
        var assumed = metric with { Role = null, Formula = null, Target = null, Value = value, Unit = unit };
        return PlanText.Check(plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == metric.Id ? assumed : m)] });
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
