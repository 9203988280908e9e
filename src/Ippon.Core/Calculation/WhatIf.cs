using System.Collections.Immutable;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>
/// The calculation options a user asks for by a scenario's name and what-if values (<c>win_rate=15%</c>): the one
/// reading of <c>ippon … --scenario --set</c> and of the web app's <c>?scenario=&amp;set=</c>.
/// </summary>
/// <remarks>
/// Every mistake is reported, not only the first, each under its input's name (<c>scenario</c>, <c>set</c>,
/// <c>set.ID</c>). The <c>setName</c> in the messages is how the shell spells the option (<c>--set</c> in the
/// CLI, <c>set</c> in the web app).
/// </remarks>
public static class WhatIf
{
    /// <summary>The options for <paramref name="scenario"/> (null for none) and <paramref name="sets"/> written <c>ID=NUMBER</c>.</summary>
    public static ParseResult<CalculationOptions> Options(Plan plan, string? scenario, IEnumerable<string> sets, string setName = "set")
    {
        ArgumentNullException.ThrowIfNull(sets);
        return Options(plan, scenario, sets.Select(set =>
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            return eq > 0 ? new Set(set, set[..eq].Trim(), set[(eq + 1)..]) : new Set(set, null, "");
        }), setName);
    }

    /// <summary>The options for <paramref name="scenario"/> (null for none) and <paramref name="sets"/> as metric id → number text.</summary>
    public static ParseResult<CalculationOptions> Options(Plan plan, string? scenario, IEnumerable<KeyValuePair<string, string>> sets, string setName = "set")
    {
        ArgumentNullException.ThrowIfNull(sets);
        return Options(plan, scenario, sets.Select(p => new Set($"{p.Key}={p.Value}", p.Key, p.Value)), setName);
    }

    // One what-if value as typed; Id is null when the text is not ID=NUMBER.
    readonly record struct Set(string Raw, string? Id, string Text);

    static ParseResult<CalculationOptions> Options(Plan plan, string? scenario, IEnumerable<Set> sets, string setName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sets);
        var errors = new List<FieldMessage>();
        var overrides = ImmutableArray.CreateBuilder<ScenarioOverride>();
        if (scenario is not null)
        {
            if (plan.FindScenario(scenario) is { } s) overrides.AddRange(s.Overrides);
            else errors.Add(new FieldMessage("scenario", UnknownScenario(plan, scenario)));
        }
        foreach (var (raw, id, text) in sets)
        {
            if (id is null)
            {
                errors.Add(new FieldMessage("set", new Message($"{setName} は ID=数値 の形で書いてください ('{raw}')", $"{setName} expects ID=NUMBER, found '{raw}'")));
                continue;
            }
            if (plan.Find(id) is not { } metric)
            {
                var suggestion = PlanModel.Suggest(id, plan.Metrics.Select(m => m.Id));
                errors.Add(new FieldMessage($"set.{id}", new Message(
                    $"{setName} '{id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                    $"{setName} names no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
                continue;
            }
            if (!NumberText.TryParse(text, out var number, out var outOfRange))
            {
                var clipped = NumberText.Clip(text);
                errors.Add(new FieldMessage($"set.{id}", outOfRange
                    ? new Message(l => $"{setName} {id}=: {NumberText.OutOfRange(clipped).In(l)}")
                    : new Message($"{setName} {id}= の値 '{clipped}' は数値として読めません (例: 15%, 200万, 1200)", $"{setName} {id}= expects {NumberText.Expected}, found '{clipped}'")));
                continue;
            }
            overrides.Add(ScenarioOverride.Of(metric, number));
        }
        if (errors.Count > 0) return ParseResult<CalculationOptions>.Fail(errors);
        // A named scenario is read as a plan: its actions sized for what it plans (ScenarioSizing).
        return ParseResult<CalculationOptions>.Ok(new CalculationOptions { Overrides = overrides.ToImmutable(), ScenarioName = scenario, ActionsMeetThePlan = scenario is not null });
    }

    /// <summary>"No scenario 'x'; the plan has: …" (the names of the plan's scenarios).</summary>
    public static Message UnknownScenario(Plan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Message(l =>
        {
            var names = plan.Scenarios.IsEmpty ? (l.T("(なし)", "(none)")) : string.Join(", ", plan.Scenarios.Select(x => x.Name));
            return l.T($"シナリオ '{name}' はありません。この計画のシナリオ: {names}", $"no scenario '{name}'; the plan has: {names}");
        });
    }
}
