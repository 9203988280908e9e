using System.Collections.Immutable;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Scenarios;

/// <summary>Adds, changes and removes scenarios (an OKR stretch: リード数 2,000件 instead of 1,000件).</summary>
public static class EditScenario
{
    /// <summary>One override: a metric and its new planned value and/or target, as people type them (2000, 25%).</summary>
    public sealed record Row(string? Metric, string? Value, string? Target);

    /// <summary>
    /// The plan with scenario <paramref name="name"/> set to <paramref name="rows"/> (replacing <paramref name="previous"/>
    /// when renaming or editing, added at the end otherwise).
    /// </summary>
    public static Outcome<Plan> Apply(Plan plan, string? previous, string name, string? description, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<FieldError>();
        var n = EditMetric.Text(name ?? "", "scenario.name", errors);
        if (n is null && errors.Count == 0) errors.Add(new FieldError("scenario.name", new Message("シナリオ名を入れてください (例: ストレッチ)", "give the scenario a name (e.g. stretch)")));
        if (n is not null && n != previous && plan.FindScenario(n) is not null)
            errors.Add(new FieldError("scenario.name", new Message($"シナリオ「{n}」は既にあります", $"there is already a scenario \"{n}\"")));
        var overrides = ImmutableArray.CreateBuilder<ScenarioOverride>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (string.IsNullOrWhiteSpace(row.Metric)) continue;
            if (plan.Find(row.Metric) is null)
            {
                errors.Add(new FieldError($"scenario.rows[{i}].metric", new Message("その指標はありません", "no such metric")));
                continue;
            }
            EditMetric.Number(row.Value ?? "", $"scenario.rows[{i}].value", errors, out var value);
            EditMetric.Number(row.Target ?? "", $"scenario.rows[{i}].target", errors, out var target);
            if (value is null && target is null)
                errors.Add(new FieldError($"scenario.rows[{i}].value", new Message("値か目標のどちらかを入れてください", "give a value or a target")));
            else overrides.Add(new ScenarioOverride(row.Metric, value, target));
        }
        if (errors.Count == 0 && overrides.Count == 0)
            errors.Add(new FieldError("scenario.rows", new Message("変える指標を1つ以上選んでください", "change at least one metric")));
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        var scenario = new Scenario(n!, overrides.ToImmutable()) { Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim() };
        var index = previous is null ? -1 : plan.Scenarios.IndexOf(plan.FindScenario(previous)!);
        var scenarios = index >= 0 ? plan.Scenarios.SetItem(index, scenario) : plan.Scenarios.Add(scenario);
        return PlanText.Check(plan with { Scenarios = scenarios });
    }

    /// <summary>The plan without scenario <paramref name="name"/>: nothing refers to a scenario, so this never dangles.</summary>
    public static Outcome<Plan> Remove(Plan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FindScenario(name) is null) return Failure.NotFound($"scenario {name}");
        return PlanText.Check(plan with { Scenarios = [.. plan.Scenarios.Where(s => s.Name != name)] });
    }
}
